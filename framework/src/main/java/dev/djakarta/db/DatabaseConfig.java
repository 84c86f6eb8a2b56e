package dev.djakarta.db;

import dev.djakarta.conf.Settings;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where the database is, from the settings: {@code DATABASE_URL} in the conventional form
 * ({@code h2:file:./var/db}, {@code h2:mem:}, {@code postgres://user:pass@host:5432/db},
 * {@code mariadb://user:pass@host:3306/db}, or a plain {@code jdbc:} URL), or the individual settings
 * DATABASE_ENGINE / NAME / HOST / PORT / USER / PASSWORD. DATABASE_USER and DATABASE_PASSWORD, when set, override
 * the URL's. Relative H2 paths resolve against the working directory; file databases run in AUTO_SERVER mode so a
 * management command can use the database while the server runs (like SQLite in Django).
 */
public record DatabaseConfig(Vendor vendor, String jdbcUrl, String user, String password) {

    /** The default for a new project: an H2 file under the working directory. */
    public static final String DEFAULT_URL = "h2:file:./var/db";

    public static DatabaseConfig from(Settings settings) {
        String url = settings.string("DATABASE_URL");
        DatabaseConfig config;
        if (url.isEmpty() && !settings.string("DATABASE_ENGINE").isEmpty()) {
            config = fromParts(settings);
        } else {
            config = parse(url.isEmpty() ? DEFAULT_URL : url, settings);
        }
        String user = settings.string("DATABASE_USER");
        String password = settings.string("DATABASE_PASSWORD");
        return new DatabaseConfig(config.vendor, config.jdbcUrl, user.isEmpty() ? config.user : user,
                password.isEmpty() && user.isEmpty() ? config.password : password);
    }

    static DatabaseConfig parse(String url, Settings settings) {
        if (url.startsWith("jdbc:")) {
            return new DatabaseConfig(vendorOfJdbc(url, settings), url, "", "");
        }
        if (url.startsWith("h2:mem:")) {
            String name = url.substring("h2:mem:".length());
            if (name.isEmpty()) {
                name = "djakarta-" + UUID.randomUUID();
            }
            return new DatabaseConfig(Vendor.H2, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        if (url.startsWith("h2:file:")) {
            String rest = url.substring("h2:file:".length());
            int semi = rest.indexOf(';');
            String path = semi < 0 ? rest : rest.substring(0, semi);
            String options = semi < 0 ? "" : rest.substring(semi);
            if (path.isEmpty()) {
                throw settings.invalid("DATABASE_URL", "h2:file: needs a path, e.g. h2:file:./var/db");
            }
            String absolute = Path.of(path).toAbsolutePath().normalize().toString();
            String auto = options.toUpperCase(java.util.Locale.ROOT).contains("AUTO_SERVER") ? "" : ";AUTO_SERVER=TRUE";
            return new DatabaseConfig(Vendor.H2, "jdbc:h2:file:" + absolute + auto + options, "sa", "");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw settings.invalid("DATABASE_URL", "expected h2:file:PATH, h2:mem:, postgres://user:pass@host:5432/db, "
                    + "mariadb://user:pass@host:3306/db or a jdbc: URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        Vendor vendor = switch (scheme) {
            case "postgres", "postgresql", "pgsql" -> Vendor.POSTGRESQL;
            case "mariadb", "mysql" -> Vendor.MARIADB;
            default -> throw settings.invalid("DATABASE_URL", "unknown scheme '" + scheme
                    + "'; expected h2:file:, h2:mem:, postgres:// or mariadb://");
        };
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw settings.invalid("DATABASE_URL", "needs a host and a database name, e.g. " + scheme + "://user:pass@localhost/mydb");
        }
        String user = "";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
        }
        int port = uri.getPort() > 0 ? uri.getPort() : vendor == Vendor.POSTGRESQL ? 5432 : 3306;
        String jdbc = "jdbc:" + vendor.id() + "://" + uri.getHost() + ":" + port + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new DatabaseConfig(vendor, jdbc, user, password);
    }

    private static DatabaseConfig fromParts(Settings s) {
        String engine = s.string("DATABASE_ENGINE").toLowerCase(java.util.Locale.ROOT);
        String name = s.string("DATABASE_NAME");
        return switch (engine) {
            case "h2" -> parse(name.isEmpty() ? "h2:mem:" : "h2:file:" + name, s);
            case "postgresql", "postgres", "mariadb", "mysql" -> {
                if (name.isEmpty()) {
                    throw s.invalid("DATABASE_NAME", "DATABASE_ENGINE=" + engine + " needs a database name");
                }
                String host = s.string("DATABASE_HOST", "localhost");
                String port = s.string("DATABASE_PORT");
                yield parse(engine + "://" + host + (port.isEmpty() ? "" : ":" + port) + "/" + name, s);
            }
            default -> throw s.invalid("DATABASE_ENGINE", "expected h2, postgresql or mariadb");
        };
    }

    private static Vendor vendorOfJdbc(String url, Settings settings) {
        if (url.startsWith("jdbc:h2:")) {
            return Vendor.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Vendor.POSTGRESQL;
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return Vendor.MARIADB;
        }
        throw settings.invalid("DATABASE_URL", "unsupported JDBC URL; Djakarta supports H2, PostgreSQL and MariaDB");
    }

    /**
     * The JDBC driver class for {@link #jdbcUrl()}, or null when the URL's scheme is not one of the bundled drivers'
     * (then DriverManager picks one). The pool names the class instead of asking DriverManager, which in a servlet
     * container does not see drivers inside the WAR (WEB-INF/lib): without it, a site with models deployed to Tomcat
     * fails with "No suitable driver".
     */
    public String driverClassName() {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        if (jdbcUrl.startsWith("jdbc:mariadb:")) {
            return "org.mariadb.jdbc.Driver";
        }
        return null;
    }

    @Override
    public String toString() {
        return vendor + " " + jdbcUrl + (user.isEmpty() ? "" : " as " + user);
    }
}
