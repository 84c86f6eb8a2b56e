package dev.djakarta.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.djakarta.test.Client;
import dev.djakarta.testmodels.ModelsSite;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** runserver's background warm-up: it finishes, and it neither queries nor keeps a connection. */
class WarmupTest {
    @Test
    void warmsUpWithoutTakingAConnection() throws Exception {
        try (Engine engine = Client.bootForTests(new ModelsSite(), Map.of("DEBUG", "false", "SECRET_KEY", "k", "DATABASE_URL", "h2:mem:"))) {
            Thread thread = Warmup.start(engine);
            thread.join(60_000);
            assertThat(thread.isAlive()).isFalse();
            HikariDataSource pool = (HikariDataSource) engine.database().dataSource();
            assertThat(pool.getHikariPoolMXBean() == null || pool.getHikariPoolMXBean().getActiveConnections() == 0).isTrue();
        }
    }
}
