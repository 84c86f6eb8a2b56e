package dev.djakarta.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.djakarta.conf.ImproperlyConfigured;
import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.testmodels.Author;
import dev.djakarta.testmodels.ModelsSite;
import dev.djakarta.testmodels.Post;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions per request, autocommit, ATOMIC_REQUESTS and start-up without a reachable database (no test transaction here). */
class UnitOfWorkTest {
    @TempDir
    Path dir;

    private Engine boot(Map<String, String> extra) {
        Map<String, String> s = new java.util.HashMap<>(Map.of("DEBUG", "false", "SECRET_KEY", "k", "DATABASE_URL", "h2:mem:"));
        s.putAll(extra);
        Engine engine = Client.bootForTests(new ModelsSite(), s);
        engine.database().createTablesFromModels();
        return engine;
    }

    @Test
    void writesOutsideAtomicBlocksCommitAtOnceAndTheRequestSessionIsClosedAfterward() {
        try (Engine engine = boot(Map.of())) {
            Client client = new Client(engine);
            Author.objects().create(new Author("ann", "a@example.com"));
            engine.database().endUnitOfWork();
            assertThat(client.post("/create/", Map.of("author", "ann", "title", "T")).status()).isEqualTo(200);
            // a fresh session on this thread sees the committed row
            assertThat(Post.objects().filter("title", "T").count()).isEqualTo(1);
            assertThat(engine.database().inAtomicBlock()).isFalse();
        }
    }

    @Test
    void withoutAtomicRequestsAFailingViewKeepsItsEarlierWrites() {
        try (Engine engine = boot(Map.of())) {
            Author.objects().create(new Author("ann", "a@example.com"));
            engine.database().endUnitOfWork();
            assertThat(new Client(engine).post("/create/", Map.of("author", "ann", "title", "T", "fail", "1")).status()).isEqualTo(500);
            assertThat(Post.objects().count()).isEqualTo(1);
            engine.database().endUnitOfWork();
        }
    }

    @Test
    void atomicRequestsRollBackEverythingAViewWroteWhenItFails() {
        try (Engine engine = boot(Map.of("ATOMIC_REQUESTS", "true"))) {
            Author.objects().create(new Author("ann", "a@example.com"));
            engine.database().endUnitOfWork();
            Client client = new Client(engine);
            assertThat(client.post("/create/", Map.of("author", "ann", "title", "T", "fail", "1")).status()).isEqualTo(500);
            assertThat(Post.objects().count()).isZero();
            assertThat(client.post("/create/", Map.of("author", "ann", "title", "T")).status()).isEqualTo(200);
            assertThat(Post.objects().count()).isEqualTo(1);
            engine.database().endUnitOfWork();
        }
    }

    @Test
    void theSiteStartsWhenTheDatabaseIsDownAndAnswers503Quickly() {
        Engine engine = Client.bootForTests(new ModelsSite(), Map.of("DEBUG", "false", "SECRET_KEY", "k",
                "DATABASE_URL", "postgres://nobody@127.0.0.1:1/none", "DATABASE_CONNECT_TIMEOUT", "1"));
        try (engine) {
            long start = System.nanoTime();
            var r = new Client(engine).get("/posts/1/");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.header("Retry-After")).isEqualTo("5");
            assertThat(r.text()).contains("Service Unavailable").doesNotContain("nobody");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
        }
    }

    @Test
    void h2FileDatabasesCanBeOpenedByTwoProcessesAtOnce() throws Exception {
        String url = "h2:file:" + dir.resolve("shared");
        try (Engine server = boot(Map.of("DATABASE_URL", url)); Engine command = Client.bootForTests(new ModelsSite(),
                Map.of("DEBUG", "false", "SECRET_KEY", "k", "DATABASE_URL", url))) {
            Author.objects().create(new Author("ann", "a@example.com"));
            server.database().endUnitOfWork();
            // the second database (as a CLI command would open it) sees the row while the first is still open
            assertThat(command.database().manager(Author.class).count()).isEqualTo(1);
            command.database().endUnitOfWork();
        }
    }

    @Test
    void aNonEntityModelIsRefusedWithTheFix() {
        dev.djakarta.Site wrong = new ModelsSite() {
            @Override
            public java.util.List<dev.djakarta.App> apps() {
                return java.util.List.of(new dev.djakarta.App() {
                    public String label() {
                        return "shop";
                    }

                    public java.util.List<Class<?>> models() {
                        return java.util.List.of(String.class);
                    }
                });
            }
        };
        assertThatThrownBy(() -> Client.bootForTests(wrong, Map.of("DEBUG", "true", "DATABASE_URL", "h2:mem:")))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("java.lang.String is listed in the models() of app 'shop'")
                .hasMessageContaining("@jakarta.persistence.Entity");
    }

    @Test
    void aModelListedByTwoAppsIsRefused() {
        dev.djakarta.Site twice = new ModelsSite() {
            @Override
            public java.util.List<dev.djakarta.App> apps() {
                return java.util.List.of(new ModelsSite.BlogApp(), new dev.djakarta.App() {
                    public String label() {
                        return "other";
                    }

                    public java.util.List<Class<?>> models() {
                        return java.util.List.of(Author.class);
                    }
                });
            }
        };
        assertThatThrownBy(() -> Client.bootForTests(twice, Map.of("DEBUG", "true", "DATABASE_URL", "h2:mem:")))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("listed by two apps: 'blog' and 'other'");
    }
}
