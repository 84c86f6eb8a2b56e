package dev.djakarta.auth;

import static dev.djakarta.urls.Routes.include;
import static dev.djakarta.urls.Routes.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.http.Response;
import dev.djakarta.server.Engine;
import dev.djakarta.sessions.SessionsApp;
import dev.djakarta.test.Client;
import dev.djakarta.test.SiteTest;
import dev.djakarta.test.TestResponse;
import dev.djakarta.urls.Routes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SiteTest(value = AuthViewsTest.AccountsSite.class, settings = {"DEBUG=false", "SECRET_KEY=auth-views-tests-auth-views-tests-0123456789",
    "DATABASE_URL=h2:mem:", "PASSWORD_HASH_ITERATIONS=1000", "LOGIN_THROTTLE_ATTEMPTS=4"})
class AuthViewsTest {
    public static final class AccountsSite extends Site {
        @Override
        public List<App> apps() {
            return List.of(new SessionsApp(), new AuthApp());
        }

        @Override
        public Routes routes() {
            return Routes.of(
                    path("", r -> Response.text("home of " + (r.user().isAuthenticated() ? r.user().getUsername() : "nobody")), "home"),
                    path("private/", Access.requireLogin(r -> Response.text("private")), "private"),
                    path("whoami/", r -> dev.djakarta.templates.Render.render(r, "auth/whoami.html", java.util.Map.of()), "whoami"),
                    include("accounts/", AuthViews.routes()));
        }
    }

    @BeforeEach
    void ann(Engine engine) {
        LoginThrottle.of(engine).clear();
        User ann = new User("ann", "ann@example.com");
        Auth.setPassword(engine, ann, "correct horse battery");
        User.objects().create(ann);
    }

    private static TestResponse login(Client client, String username, String password, String next) {
        return client.post("/accounts/login/", Map.of("username", username, "password", password, "next", next));
    }

    @Test
    void theLoginPageShowsAnAccessibleFormWithCsrfAndNext(Client client) {
        TestResponse r = client.get("/accounts/login/?next=/private/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.templateName()).isEqualTo("registration/login.html");
        assertThat(r.text()).contains("<label for=\"id_username\">", "type=\"password\"", "name=\"csrfmiddlewaretoken\"",
                "name=\"next\" value=\"/private/\"");
    }

    @Test
    void wrongPasswordsAndUnknownUsersGetTheSameError(Client client) {
        String wrong = login(client, "ann", "nope", "").text();
        String unknown = login(client, "nobody", "nope", "").text();
        assertThat(wrong).contains("Please enter a correct username and password.");
        assertThat(unknown.replaceAll("value=\"[^\"]*\"", "")).isEqualTo(wrong.replaceAll("value=\"[^\"]*\"", ""));
        assertThat(client.get("/").text()).isEqualTo("home of nobody");
    }

    @Test
    void aGoodLoginFollowsASafeNextOrGoesHome(Engine engine) {
        Client a = new Client(engine);
        assertThat(login(a, "ann", "correct horse battery", "/private/").location()).isEqualTo("/private/");
        assertThat(a.get("/").text()).isEqualTo("home of ann");
        assertThat(login(new Client(engine), "ann", "correct horse battery", "//evil.com/").location()).isEqualTo("/");
    }

    @Test
    void logoutIsPostOnlyAndEndsTheSession(Client client) {
        login(client, "ann", "correct horse battery", "");
        assertThat(client.get("/accounts/logout/").status()).isEqualTo(405);
        TestResponse out = client.post("/accounts/logout/", Map.of());
        assertThat(out.text()).contains("Logged out");
        assertThat(client.get("/").text()).isEqualTo("home of nobody");
    }

    @Test
    void passwordChangeNeedsLoginChecksTheOldPasswordAndKeepsThisSession(Engine engine) {
        Client laptop = new Client(engine);
        assertThat(laptop.get("/accounts/password_change/").location()).startsWith("/accounts/login/?next=");
        login(laptop, "ann", "correct horse battery", "");
        Client phone = new Client(engine);
        login(phone, "ann", "correct horse battery", "");

        TestResponse wrongOld = laptop.post("/accounts/password_change/", Map.of("old_password", "x",
                "new_password1", "a fresh long passphrase", "new_password2", "a fresh long passphrase"));
        assertThat(wrongOld.text()).contains("Your old password was entered incorrectly.");
        TestResponse mismatch = laptop.post("/accounts/password_change/", Map.of("old_password", "correct horse battery",
                "new_password1", "a fresh long passphrase", "new_password2", "another passphrase"));
        assertThat(mismatch.text()).contains("didn’t match");
        TestResponse weak = laptop.post("/accounts/password_change/", Map.of("old_password", "correct horse battery",
                "new_password1", "password", "new_password2", "password"));
        assertThat(weak.text()).contains("This password is too common.");

        TestResponse done = laptop.post("/accounts/password_change/", Map.of("old_password", "correct horse battery",
                "new_password1", "a fresh long passphrase", "new_password2", "a fresh long passphrase"));
        assertThat(done.location()).isEqualTo("/accounts/password_change/done/");
        assertThat(laptop.get("/").text()).isEqualTo("home of ann");
        assertThat(phone.get("/").text()).isEqualTo("home of nobody");
        assertThat(login(new Client(engine), "ann", "a fresh long passphrase", "").status()).isEqualTo(302);
    }

    @Test
    void templatesSeeTheUserAndTheirPermissions(Engine engine) {
        Client client = new Client(engine);
        assertThat(client.get("/whoami/").text()).contains("<p id=\"who\">anonymous</p>", "<p id=\"can\">false</p>");
        User root = new User("root", "root@example.com");
        Auth.setPassword(engine, root, "root password here");
        root.setSuperuser(true);
        User.objects().create(root);
        login(client, "root", "root password here", "");
        assertThat(client.get("/whoami/").text()).contains("<p id=\"who\">root</p>", "<p id=\"can\">true</p>");
    }

    @Test
    void tooManyFailuresAre429WithRetryAfter(Client client) {
        for (int i = 0; i < 4; i++) {
            login(client, "ann", "wrong", "");
        }
        TestResponse r = login(client, "ann", "correct horse battery", "");
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.header("Retry-After")).isNotNull();
    }
}
