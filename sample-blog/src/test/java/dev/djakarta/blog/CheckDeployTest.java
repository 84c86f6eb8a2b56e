package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.management.Manage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code check --deploy} with the production settings the README documents, and without them. */
class CheckDeployTest {
    /** The README's production environment (DJAKARTA_ prefixes dropped), with an in-memory database for the test. */
    static Map<String, String> production() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DEBUG", "false");
        env.put("SECRET_KEY", "kq3v9Zr8pW1xL0bN6sT2yH7jF4mC5dG8aE1uR3iO9wQ2zX7cV6bN0mK4lJ8hG5fD");
        env.put("ALLOWED_HOSTS", "blog.example.com");
        env.put("DATABASE_URL", "h2:mem:");
        env.put("SECURE_PROXY_SSL_HEADER", "X-Forwarded-Proto: https");
        env.put("SECURE_SSL_REDIRECT", "true");
        env.put("SECURE_HSTS_SECONDS", "31536000");
        env.put("SESSION_COOKIE_SECURE", "true");
        env.put("CSRF_COOKIE_SECURE", "true");
        return env;
    }

    private static String check(Map<String, String> settings, int expectedCode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Manage.run(new BlogSite(), new String[] {"check", "--deploy"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), settings);
        String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text).isEqualTo(expectedCode);
        return text;
    }

    @Test
    void productionSettingsPassTheDeploymentChecks() {
        assertThat(check(production(), 0)).contains("System check identified no issues (0 silenced).");
    }

    @Test
    void developmentSettingsAreFlagged() {
        assertThat(check(Map.of("DATABASE_URL", "h2:mem:", "BLOG_AUTO_MIGRATE", "false", "BLOG_DEMO_CONTENT", "false"), 0))
                .contains("security.W018", "security.W009", "security.W020");
    }
}
