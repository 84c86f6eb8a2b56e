package dev.djakarta.db.migrations;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.djakarta.db.DatabaseConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A throwaway database of the configured vendor, for makemigrations to replay the existing migrations in: an
 * in-memory H2 database (with the configured URL's options, such as MODE), a new schema in the configured
 * PostgreSQL database, or a new MariaDB database. {@link #close} drops it.
 *
 * @see dev.djakarta.test.TestDatabases for the same isolation applied to test databases
 */
final class ScratchDatabase implements AutoCloseable {
    private final DatabaseConfig admin;
    private final String dropSql;
    private final HikariDataSource dataSource;

    private ScratchDatabase(DatabaseConfig admin, String url, String dropSql) {
        this.admin = admin;
        this.dropSql = dropSql;
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setUsername(admin.user());
        hikari.setPassword(admin.password());
        hikari.setPoolName("djakarta-scratch");
        hikari.setMaximumPoolSize(3);
        this.dataSource = new HikariDataSource(hikari);
    }

    /**
     * Creates a scratch database next to the one {@code config} names.
     *
     * @throws MigrationError when the server refuses (no CREATE privilege, unreachable), saying what is needed
     */
    static ScratchDatabase create(DatabaseConfig config) {
        String name = "djakarta_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (config.vendor()) {
            case H2: {
                String url = config.jdbcUrl();
                int semi = url.indexOf(';');
                StringBuilder options = new StringBuilder();
                if (semi >= 0) {
                    for (String option : url.substring(semi + 1).split(";")) {
                        String key = option.split("=", 2)[0].trim().toUpperCase(Locale.ROOT);
                        if (!option.isBlank() && !key.equals("AUTO_SERVER") && !key.equals("DB_CLOSE_DELAY")) {
                            options.append(';').append(option);
                        }
                    }
                }
                return new ScratchDatabase(config, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + options, "SHUTDOWN");
            }
            case POSTGRESQL: {
                execute(config, "CREATE SCHEMA " + name, "create a schema");
                String url = config.jdbcUrl() + (config.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + name;
                return new ScratchDatabase(config, url, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
            default: {
                execute(config, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4", "create a database");
                String base = config.jdbcUrl();
                int slash = base.indexOf('/', "jdbc:mariadb://".length());
                int query = base.indexOf('?');
                String url = base.substring(0, slash + 1) + name + (query < 0 ? "" : base.substring(query));
                return new ScratchDatabase(config, url, "DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    private static void execute(DatabaseConfig config, String sql, String what) {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new MigrationError("makemigrations replays the existing migrations in a scratch database, but could not "
                    + what + " on " + config.vendor() + " at " + config.jdbcUrl() + (config.user().isEmpty() ? "" : " as " + config.user())
                    + ": " + e.getMessage() + ". Grant that user the right to " + what
                    + ", or point DATABASE_URL at a development server.", e);
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        try {
            if (dropSql.equals("SHUTDOWN")) {
                try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                    st.execute(dropSql);
                }
            }
        } catch (SQLException e) {
            // the in-memory database is gone either way once the pool closes
        } finally {
            dataSource.close();
        }
        if (!dropSql.equals("SHUTDOWN")) {
            try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
                 Statement st = c.createStatement()) {
                st.execute(dropSql);
            } catch (SQLException e) {
                throw new MigrationError("Could not drop the scratch database (" + dropSql + "): " + e.getMessage(), e);
            }
        }
    }
}
