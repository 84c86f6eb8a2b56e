package dev.djakarta.server;

import static dev.djakarta.urls.Routes.include;
import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testmodels.ModelsSite;
import dev.djakarta.urls.Routes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthTest {
    static final class HealthSite extends ModelsSite {
        @Override
        public Routes routes() {
            return Routes.of(include("", Health.routes()));
        }
    }

    @Test
    void livenessAnswersWithoutTouchingTheDatabase() {
        Client client = Client.of(new HealthSite(), Map.of("DEBUG", "false", "SECRET_KEY", "k",
                "DATABASE_URL", "postgres://nobody@127.0.0.1:1/none", "DATABASE_CONNECT_TIMEOUT", "1"));
        TestResponse r = client.get("/healthz");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        TestResponse ready = client.get("/readyz");
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.json().get("database").asText()).isEqualTo("unreachable");
        client.engine().close();
    }

    @Test
    void readinessChecksTheDatabaseAndTheRegisteredConditions() {
        Client client = Client.of(new HealthSite(), Map.of("DEBUG", "false", "SECRET_KEY", "k", "DATABASE_URL", "h2:mem:"));
        assertThat(client.get("/readyz").json().get("status").asText()).isEqualTo("ok");
        client.engine().addReadinessCheck(new Health.ReadinessCheck() {
            public String name() {
                return "migrations";
            }

            public String problem(Engine engine) {
                return "2 unapplied migrations";
            }
        });
        TestResponse r = client.get("/readyz");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.json().get("migrations").asText()).isEqualTo("2 unapplied migrations");
        client.engine().close();
    }
}
