package dev.djakarta.db;

import static dev.djakarta.urls.Routes.include;
import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.conf.Settings;
import dev.djakarta.server.Engine;
import dev.djakarta.server.Health;
import dev.djakarta.test.Client;
import dev.djakarta.test.TcpProxy;
import dev.djakarta.test.TestDatabases;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testmodels.Author;
import dev.djakarta.testmodels.ModelsSite;
import dev.djakarta.testmodels.Post;
import dev.djakarta.urls.Routes;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL server that goes away and comes back (a TCP proxy in front of 127.0.0.1:5432 is cut, then restored):
 * requests answer 503 with Retry-After within the pool timeout while it is gone, and the same running site serves
 * again by itself once it is back. Skipped with the reason without PostgreSQL, except under CI=true.
 */
class DatabaseRecoveryTest {
    static final class RecoverySite extends ModelsSite {
        @Override
        public Routes routes() {
            return Routes.of(include("", super.routes()), include("", Health.routes()));
        }
    }

    @Test
    void requestsGetAQuick503WhileThePostgresqlServerIsUnreachableAndTheSiteRecoversWithoutARestart() throws Exception {
        TestDatabases.Isolated db = TestDatabases.isolate(Settings.of(Map.of("DATABASE_URL",
                TestDatabases.defaultUrl(Vendor.POSTGRESQL))));
        try (TcpProxy proxy = TcpProxy.to("127.0.0.1", 5432)) {
            Map<String, String> settings = new HashMap<>(db.settings());
            settings.put("DATABASE_URL", settings.get("DATABASE_URL").replace("127.0.0.1:5432", "127.0.0.1:" + proxy.port()));
            settings.putAll(Map.of("DEBUG", "false", "SECRET_KEY", "k", "DATABASE_CONNECT_TIMEOUT", "1"));
            assertThat(settings.get("DATABASE_URL")).contains(":" + proxy.port() + "/");
            try (Engine engine = Client.bootForTests(new RecoverySite(), settings)) {
                engine.database().createTablesFromModels();
                Author ann = Author.objects().create(new Author("ann", "a@example.com"));
                Post.objects().create("title", "Before the outage", "author", ann);
                engine.database().endUnitOfWork();
                Client client = new Client(engine);
                assertThat(client.get("/posts/").text()).contains("Before the outage");

                proxy.cut();
                for (String path : new String[] {"/posts/", "/posts/", "/readyz"}) {
                    long start = System.nanoTime();
                    TestResponse down = client.get(path);
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    System.out.println("DatabaseRecoveryTest: " + path + " answered " + down.status() + " in " + millis + " ms while the database was unreachable");
                    assertThat(down.status()).as(path + " while the database is unreachable").isEqualTo(503);
                    assertThat(millis).as("milliseconds to answer " + path).isLessThan(4000);
                    if (!path.equals("/readyz")) {
                        assertThat(down.header("Retry-After")).isEqualTo("5");
                        assertThat(down.text()).contains("Service Unavailable").doesNotContain("postgres");
                    }
                }
                assertThat(client.get("/healthz").status()).isEqualTo(200);   // the process is alive: no restart needed

                proxy.restore();
                long back = System.nanoTime();
                TestResponse up = client.get("/posts/");
                while (up.status() != 200 && System.nanoTime() - back < 10_000_000_000L) {
                    Thread.sleep(200);
                    up = client.get("/posts/");
                }
                System.out.println("DatabaseRecoveryTest: serving again " + (System.nanoTime() - back) / 1_000_000 + " ms after the database came back");
                assertThat(up.status()).as("the site serves again once the database is back").isEqualTo(200);
                assertThat(up.text()).contains("Before the outage");
                assertThat(client.get("/readyz").status()).isEqualTo(200);
                assertThat(client.post("/create/", Map.of("author", "ann", "title", "After the outage")).status()).isEqualTo(200);
                assertThat(client.get("/posts/").text()).contains("After the outage");
            }
        } finally {
            db.drop().run();
        }
    }
}
