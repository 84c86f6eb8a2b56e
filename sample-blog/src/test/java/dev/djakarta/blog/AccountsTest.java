package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.auth.Auth;
import dev.djakarta.auth.User;
import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.test.SiteTest;
import dev.djakarta.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logging in and out with the auth app's views, shown in the blog's layout. */
@SiteTest(value = BlogSite.class, settings = {"DEBUG=false", "SECRET_KEY=blog-test-key-blog-test-key-blog-test-key-blog-test-key",
        "PASSWORD_HASH_ITERATIONS=1000"})
class AccountsTest {
    @BeforeEach
    void user(Engine engine) {
        User ada = new User("ada", "ada@example.com");
        Auth.setPassword(engine, ada, "correct horse battery");
        User.objects().create(ada);
    }

    @Test
    void loginPageUsesTheBlogLayout(Client client) {
        TestResponse r = client.get("/accounts/login/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.templateName()).isEqualTo("registration/login.html");
        assertThat(r.text()).contains("<title>Log in · Djakarta blog</title>", "<form method=\"post\" action=\"/accounts/login/\"",
                "name=\"csrfmiddlewaretoken\"", "name=\"username\"", "name=\"password\"", "<a href=\"/accounts/login/\">Log in</a>");
    }

    @Test
    void loggingInGoesHomeAndTheHeaderNamesTheUser(Client client) {
        TestResponse r = client.post("/accounts/login/", Map.of("username", "ada", "password", "correct horse battery"));

        assertThat(r.status()).isEqualTo(302);
        assertThat(r.location()).isEqualTo("/");
        String home = client.get("/").text();
        assertThat(home).contains("Logged in as ada", "<form method=\"post\" action=\"/accounts/logout/\">")
                .doesNotContain("<a href=\"/accounts/login/\">Log in</a>");
    }

    @Test
    void wrongPasswordShowsTheFormAgainWithOneGenericError(Client client) {
        TestResponse r = client.post("/accounts/login/", Map.of("username", "ada", "password", "wrong"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("Please enter a correct username and password.");
    }

    @Test
    void loggingOutEndsTheSessionAndSaysSo(Client client) {
        client.post("/accounts/login/", Map.of("username", "ada", "password", "correct horse battery"));

        TestResponse r = client.post("/accounts/logout/", Map.of());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.templateName()).isEqualTo("registration/logged_out.html");
        assertThat(r.text()).contains("<title>Logged out · Djakarta blog</title>", "<h1>Logged out</h1>");
        assertThat(client.get("/").text()).doesNotContain("Logged in as").contains("<a href=\"/accounts/login/\">Log in</a>");
    }

    @Test
    void logoutIsPostOnly(Client client) {
        assertThat(client.get("/accounts/logout/").status()).isEqualTo(405);
    }
}
