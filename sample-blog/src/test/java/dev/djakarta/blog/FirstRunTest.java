package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.auth.User;
import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first start of the blog in development (DEBUG on): the database file is created and migrated, the demo
 * content loaded, and the superuser's random password printed once; the second start changes nothing. (The same
 * with the packaged jar in a temporary working directory: FirstRunIT.)
 */
class FirstRunTest {
    private static final Pattern PASSWORD = Pattern.compile("Superuser created: username 'admin', password '([A-Za-z0-9]{16})'");

    @TempDir
    Path work;

    /** The site started as runserver starts it, with what it printed. */
    private record Started(Engine engine, String output) {
    }

    private Started start(Map<String, String> settings) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Engine engine = Client.bootForTests(new BlogSite(), settings);
            return new Started(engine, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private Map<String, String> development() {
        return Map.of("DEBUG", "true", "DATABASE_URL", "h2:file:" + work.resolve("var/db"), "PASSWORD_HASH_ITERATIONS", "1000");
    }

    @Test
    void firstStartMigratesSeedsAndPrintsTheAdminPasswordOnce() throws Exception {
        Started first = start(development());
        String password;
        try (Engine engine = first.engine()) {
            assertThat(first.output()).contains("Applying migrations (BLOG_AUTO_MIGRATE):", "Applying sessions.0001_initial... OK",
                    "Applying auth.0001_initial... OK", "Applying blog.0001_initial... OK", "Loaded the demo content",
                    "This password is shown only once. Log in at /accounts/login/");
            Matcher m = PASSWORD.matcher(first.output());
            assertThat(m.find()).as(first.output()).isTrue();
            password = m.group(1);
            assertThat(work.resolve("var/db.mv.db")).exists();

            assertThat(Category.objects().count()).isEqualTo(3);
            assertThat(Tag.objects().count()).isEqualTo(5);
            assertThat(Post.published().count()).isEqualTo(4);
            assertThat(Post.objects().filter("status", Post.Status.DRAFT).count()).isEqualTo(1);
            assertThat(Comment.objects().filter("approved", true).count()).isPositive();
            assertThat(Comment.objects().filter("approved", false).count()).isPositive();
            User admin = User.objects().get("username", "admin");
            assertThat(admin.isSuperuser()).isTrue();
            assertThat(admin.isStaff()).isTrue();

            Client client = new Client(engine);
            assertThat(client.post("/accounts/login/", Map.of("username", "admin", "password", password)).status()).isEqualTo(302);
            assertThat(client.get("/").text()).contains("Logged in as admin", "Djakarta 0.1 is out");
        }

        Started second = start(development());
        try (Engine engine = second.engine()) {
            assertThat(second.output()).doesNotContain("password", "Applying", "Loaded");
            assertThat(Post.objects().count()).isEqualTo(5);
            assertThat(User.objects().count()).isEqualTo(1);
            Client client = new Client(engine);
            assertThat(client.post("/accounts/login/", Map.of("username", "admin", "password", password)).status())
                    .as("the first password still works").isEqualTo(302);
        }
    }

    @Test
    void twoPasswordsAreNeverTheSame() {
        assertThat(FirstRun.randomPassword(16)).hasSize(16).matches("[A-Za-z0-9]+").isNotEqualTo(FirstRun.randomPassword(16));
    }

    @Test
    void productionStartNeitherMigratesNorSeedsAndIsNotReadyUntilMigrated() {
        Started started = start(Map.of("DEBUG", "false", "SECRET_KEY", "x".repeat(20) + "production-key-0123456789abcdefghij",
                "DATABASE_URL", "h2:file:" + work.resolve("prod/db")));
        try (Engine engine = started.engine()) {
            assertThat(started.output()).isEmpty();
            TestResponse ready = new Client(engine).get("/readyz");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.json().get("migrations").asText()).isEqualTo("4 unapplied migration(s); run 'migrate'");
        }
    }

    @Test
    void debugOnAnotherDatabaseServerLeavesItAlone() {
        // makemigrations for PostgreSQL boots the site with DEBUG on: the server it points at must not be migrated or seeded
        Started started = start(Map.of("DEBUG", "true", "DATABASE_URL", "postgres://nobody@127.0.0.1:9/nothing"));
        try (Engine engine = started.engine()) {
            assertThat(started.output()).isEmpty();
        }
    }

    @Test
    void settingsTurnTheStepsOnWithoutDebug() {
        Map<String, String> settings = Map.of("DEBUG", "false", "SECRET_KEY", "x".repeat(20) + "production-key-0123456789abcdefghij",
                "DATABASE_URL", "h2:file:" + work.resolve("war/db"), "BLOG_AUTO_MIGRATE", "true", "BLOG_DEMO_CONTENT", "false",
                "PASSWORD_HASH_ITERATIONS", "1000");
        Started started = start(settings);
        try (Engine engine = started.engine()) {
            assertThat(started.output()).contains("Applying blog.0001_initial... OK").doesNotContain("Superuser");
            assertThat(Post.objects().count()).isZero();
        }
    }
}
