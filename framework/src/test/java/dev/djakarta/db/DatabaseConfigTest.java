package dev.djakarta.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.djakarta.conf.ImproperlyConfigured;
import dev.djakarta.conf.Settings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {
    private static DatabaseConfig parse(Map<String, String> settings) {
        return DatabaseConfig.from(Settings.of(settings));
    }

    @Test
    void defaultIsAnH2FileUnderTheWorkingDirectoryInAutoServerMode() {
        DatabaseConfig c = parse(Map.of());
        assertThat(c.vendor()).isEqualTo(Vendor.H2);
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:h2:file:" + Path.of("var/db").toAbsolutePath() + ";AUTO_SERVER=TRUE");
    }

    @Test
    void h2MemoryDatabasesAreUniqueUnlessNamed() {
        assertThat(parse(Map.of("DATABASE_URL", "h2:mem:")).jdbcUrl()).startsWith("jdbc:h2:mem:djakarta-").endsWith(";DB_CLOSE_DELAY=-1");
        assertThat(parse(Map.of("DATABASE_URL", "h2:mem:")).jdbcUrl()).isNotEqualTo(parse(Map.of("DATABASE_URL", "h2:mem:")).jdbcUrl());
        assertThat(parse(Map.of("DATABASE_URL", "h2:mem:shared")).jdbcUrl()).isEqualTo("jdbc:h2:mem:shared;DB_CLOSE_DELAY=-1");
    }

    @Test
    void postgresUrlsCarryCredentialsAndOptions() {
        DatabaseConfig c = parse(Map.of("DATABASE_URL", "postgres://app:s%40cret@db.internal/blog?sslmode=require"));
        assertThat(c.vendor()).isEqualTo(Vendor.POSTGRESQL);
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/blog?sslmode=require");
        assertThat(c.user()).isEqualTo("app");
        assertThat(c.password()).isEqualTo("s@cret");
        assertThat(c.toString()).doesNotContain("s@cret");
    }

    @Test
    void mariadbAndMysqlSchemesAreMariaDb() {
        DatabaseConfig c = parse(Map.of("DATABASE_URL", "mysql://root@127.0.0.1:3307/shop"));
        assertThat(c.vendor()).isEqualTo(Vendor.MARIADB);
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3307/shop");
    }

    @Test
    void individualSettingsWorkWithoutAUrl() {
        DatabaseConfig c = parse(Map.of("DATABASE_ENGINE", "postgresql", "DATABASE_NAME", "blog", "DATABASE_HOST", "pg",
                "DATABASE_USER", "u", "DATABASE_PASSWORD", "p"));
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://pg:5432/blog");
        assertThat(c.user()).isEqualTo("u");
        assertThat(c.password()).isEqualTo("p");
    }

    @Test
    void badUrlsNameTheSettingAndTheFix() {
        assertThatThrownBy(() -> parse(Map.of("DATABASE_URL", "oracle://x/y"))).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("DATABASE_URL").hasMessageContaining("unknown scheme 'oracle'");
        assertThatThrownBy(() -> parse(Map.of("DATABASE_URL", "postgres://host-only"))).hasMessageContaining("database name");
        assertThatThrownBy(() -> parse(Map.of("DATABASE_ENGINE", "sqlite"))).hasMessageContaining("DATABASE_ENGINE");
    }

    @Test
    void theDriverIsNamedForEachBundledDatabaseSoContainersNeedNotFindIt() {
        assertThat(DatabaseConfig.from(Settings.of(Map.of("DATABASE_URL", "h2:mem:x"))).driverClassName()).isEqualTo("org.h2.Driver");
        assertThat(DatabaseConfig.from(Settings.of(Map.of("DATABASE_URL", "postgres://u:p@db/blog"))).driverClassName())
                .isEqualTo("org.postgresql.Driver");
        assertThat(DatabaseConfig.from(Settings.of(Map.of("DATABASE_URL", "mariadb://u:p@db/blog"))).driverClassName())
                .isEqualTo("org.mariadb.jdbc.Driver");
        assertThat(DatabaseConfig.from(Settings.of(Map.of("DATABASE_URL", "jdbc:mysql://db/blog"))).driverClassName()).isNull();
    }
}
