package dev.djakarta.test;

import dev.djakarta.conf.Settings;
import dev.djakarta.db.DatabaseConfig;
import dev.djakarta.db.Vendor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Isolated test databases, like Django's test database creation: an in-memory H2 database, a fresh schema in the
 * configured PostgreSQL database, or a fresh MariaDB database; each dropped afterwards. MariaDB test databases use
 * the binary collation {@code utf8mb4_bin}, so comparisons are case-sensitive as on H2 and PostgreSQL (on MariaDB,
 * as on MySQL under Django, case sensitivity of {@code exact}/{@code contains} follows the database's collation). A server that cannot be
 * reached skips the tests with the reason (JUnit assumption), except under CI ({@code CI=true}), where it fails.
 */
public final class TestDatabases {
    /** A test database (the settings that point at it) and how to drop it. */
    public record Isolated(java.util.Map<String, String> settings, Runnable drop) {
        Isolated(DatabaseConfig config, String url, Runnable drop) {
            this(java.util.Map.of("DATABASE_URL", url, "DATABASE_USER", config.user(), "DATABASE_PASSWORD", config.password()), drop);
        }
    }

    private TestDatabases() {
    }

    /** The standard local servers the project's tests use when asked for a vendor. */
    public static String defaultUrl(Vendor vendor) {
        return switch (vendor) {
            case H2 -> "h2:mem:";
            case POSTGRESQL -> "postgres://postgres@127.0.0.1:5432/test";
            case MARIADB -> "mariadb://root@127.0.0.1:3306/test";
        };
    }

    /** An isolated database next to the one {@code settings} names (H2 files become in-memory databases). */
    public static Isolated isolate(Settings settings) {
        DatabaseConfig config = DatabaseConfig.from(settings);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (config.vendor()) {
            case H2:
                return new Isolated(config, "h2:mem:test_" + suffix, () -> { });
            case POSTGRESQL: {
                String schema = "test_" + suffix;
                execute(config, "CREATE SCHEMA " + schema);
                String url = config.jdbcUrl() + (config.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
                return new Isolated(config, url, () -> execute(config, "DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
            }
            default: {
                String name = "test_" + suffix;
                execute(config, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                String base = config.jdbcUrl();
                int slash = base.indexOf('/', "jdbc:mariadb://".length());
                int query = base.indexOf('?');
                String url = base.substring(0, slash + 1) + name + (query < 0 ? "" : base.substring(query));
                return new Isolated(config, url, () -> execute(config, "DROP DATABASE IF EXISTS " + name));
            }
        }
    }

    private static void execute(DatabaseConfig config, String sql) {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            String reason = config.vendor() + " at " + config.jdbcUrl() + " is not reachable: " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("Under CI the " + config.vendor() + " tests must run, but " + reason, e);
            }
            System.err.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
    }

    /** True when the vendor's standard server answers (for a visible skip message). */
    public static boolean reachable(Vendor vendor) {
        DatabaseConfig config = DatabaseConfig.from(Settings.of(java.util.Map.of("DATABASE_URL", defaultUrl(vendor))));
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password())) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
