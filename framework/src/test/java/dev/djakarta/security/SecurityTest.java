package dev.djakarta.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.auth.Auth;
import dev.djakarta.auth.Permission;
import dev.djakarta.auth.Permissions;
import dev.djakarta.auth.User;
import dev.djakarta.http.Cookie;
import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.test.SiteTest;
import dev.djakarta.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The security suite: CSRF, sessions and login, redirects, headers, throttling and permissions, through the client. */
@SiteTest(value = SecureSite.class, settings = {"DEBUG=false", "SECRET_KEY=security-tests-security-tests-security-tests-0123",
    "DATABASE_URL=h2:mem:", "PASSWORD_HASH_ITERATIONS=1000", "LOGIN_THROTTLE_ATTEMPTS=3", "LOGIN_THROTTLE_WINDOW=60",
    "MIDDLEWARE=dev.djakarta.security.SecurityMiddleware,dev.djakarta.security.XFrameOptionsMiddleware,"
        + "dev.djakarta.sessions.SessionMiddleware,dev.djakarta.middleware.CommonMiddleware,"
        + "dev.djakarta.security.CsrfMiddleware,dev.djakarta.auth.AuthenticationMiddleware",
    "CONTENT_SECURITY_POLICY=default-src 'self'; script-src 'self' {nonce}"}, enforceCsrfChecks = true)
class SecurityTest {
    Engine engine;
    User ann;

    @BeforeEach
    void users(Engine engine) {
        this.engine = engine;
        dev.djakarta.auth.LoginThrottle.of(engine).clear();
        ann = new User("ann", "ann@example.com");
        Auth.setPassword(engine, ann, "correct horse battery");
        User.objects().create(ann);
        User bob = new User("bob", "bob@example.com");
        Auth.setPassword(engine, bob, "bob's long password");
        bob.getUserPermissions().add(Permission.objects().get("appLabel", "auth", "codename", "change_user"));
        User.objects().create(bob);
    }

    /** GETs the form (which sets the CSRF cookie) and returns a fresh masked token. */
    private static String token(Client client) {
        String html = client.get("/form/").text();
        int at = html.indexOf("value=\"") + 7;
        return html.substring(at, html.indexOf('"', at));
    }

    private static TestResponse login(Client client, String user, String password, String next) {
        return client.post("/login/", Map.of("username", user, "password", password, "csrfmiddlewaretoken", token(client),
                "next", next));
    }

    // ---- CSRF ---------------------------------------------------------------------------------------------

    @Test
    void postWithoutACsrfCookieIsRefusedWith403(Client client) {
        TestResponse r = client.post("/post/", Map.of("x", "1"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.text()).contains("CSRF verification failed").doesNotContain("CSRF cookie not set");
    }

    @Test
    void postWithTheRightTokenPassesAndTokensDifferPerRender(Client client) {
        String first = token(client);
        String second = token(client);
        assertThat(first).hasSize(64).isNotEqualTo(second);
        assertThat(client.post("/post/", Map.of("x", "1", "csrfmiddlewaretoken", first)).text()).isEqualTo("posted 1");
        assertThat(client.request("POST", "/post/").header("X-CSRFToken", second).form(Map.of("x", "2")).send().text()).isEqualTo("posted 2");
    }

    @Test
    void missingOrWrongTokensAreRefused(Client client) {
        token(client);
        assertThat(client.post("/post/", Map.of("x", "1")).status()).isEqualTo(403);
        assertThat(client.post("/post/", Map.of("x", "1", "csrfmiddlewaretoken", "x".repeat(64))).status()).isEqualTo(403);
        assertThat(client.post("/post/", Map.of("x", "1", "csrfmiddlewaretoken", "short")).status()).isEqualTo(403);
        assertThat(client.post("/post/", Map.of("x", "1", "csrfmiddlewaretoken", "!".repeat(64))).status()).isEqualTo(403);
        assertThat(client.request("PUT", "/post/").send().status()).isEqualTo(403);
        assertThat(client.request("DELETE", "/post/").send().status()).isEqualTo(403);
    }

    @Test
    void aTokenFromAnotherBrowserIsRefused(Engine engine) {
        Client attacker = new Client(engine).enforceCsrfChecks(true);
        String attackersToken = token(attacker);
        Client victim = new Client(engine).enforceCsrfChecks(true);
        token(victim);
        assertThat(victim.post("/post/", Map.of("x", "1", "csrfmiddlewaretoken", attackersToken)).status()).isEqualTo(403);
    }

    @Test
    void anOldTokenStopsWorkingAfterLoginRotatesTheSecret(Client client) {
        String before = token(client);
        String cookieBefore = client.cookies().get("csrftoken");
        assertThat(login(client, "ann", "correct horse battery", "/").status()).isEqualTo(302);
        assertThat(client.cookies().get("csrftoken")).isNotEqualTo(cookieBefore);
        assertThat(client.post("/post/", Map.of("x", "1", "csrfmiddlewaretoken", before)).status()).isEqualTo(403);
        assertThat(client.post("/post/", Map.of("x", "1", "csrfmiddlewaretoken", token(client))).status()).isEqualTo(200);
    }

    @Test
    void httpsPostsFromAForeignOriginOrWithoutRefererAreRefused(Client client) {
        String t = client.request("GET", "/form/").secure().send().text();
        String token = t.substring(t.indexOf("value=\"") + 7, t.indexOf("value=\"") + 71);
        assertThat(client.request("POST", "/post/").secure().header("Origin", "https://evil.example").form(
                Map.of("x", "1", "csrfmiddlewaretoken", token)).send().status()).isEqualTo(403);
        assertThat(client.request("POST", "/post/").secure().form(Map.of("x", "1", "csrfmiddlewaretoken", token)).send().status())
                .isEqualTo(403);
        assertThat(client.request("POST", "/post/").secure().header("Referer", "http://testserver/form/")
                .form(Map.of("x", "1", "csrfmiddlewaretoken", token)).send().status()).isEqualTo(403);
        assertThat(client.request("POST", "/post/").secure().header("Origin", "https://testserver")
                .form(Map.of("x", "1", "csrfmiddlewaretoken", token)).send().status()).isEqualTo(200);
        assertThat(client.request("POST", "/post/").secure().header("Referer", "https://testserver/form/")
                .form(Map.of("x", "1", "csrfmiddlewaretoken", token)).send().status()).isEqualTo(200);
    }

    @Test
    void theTestClientSkipsCsrfChecksUnlessAsked(Engine engine) {
        assertThat(new Client(engine).post("/post/", Map.of("x", "1")).status()).isEqualTo(200);
    }

    @Test
    void exemptViewsSkipTheCheck(Client client) {
        assertThat(client.post("/hook/", Map.of("payload", "x")).text()).isEqualTo("hook ok");
    }

    // ---- sessions and login ---------------------------------------------------------------------------------

    @Test
    void loginChangesTheSessionKeyToDefeatFixation(Client client) {
        token(client);
        client.cookies().put("sessionid", "attackerchosenkeyattackerchosen00");
        login(client, "ann", "correct horse battery", "/");
        String key = client.cookies().get("sessionid");
        assertThat(key).isNotEqualTo("attackerchosenkeyattackerchosen00").matches("[a-z0-9]{32}");
        assertThat(client.get("/").text()).isEqualTo("hello ann");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLax(Client client) {
        login(client, "ann", "correct horse battery", "/");
        TestResponse r = client.get("/");
        assertThat(client.cookies()).containsKey("sessionid");
        Cookie c = client.post("/login/", Map.of("username", "ann", "password", "correct horse battery",
                "csrfmiddlewaretoken", token(client))).cookie("sessionid");
        assertThat(c.httpOnly()).isTrue();
        assertThat(c.sameSite()).isEqualTo("Lax");
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void logoutDeletesTheSessionServerSide(Client client, Engine engine) {
        login(client, "ann", "correct horse battery", "/");
        String stolen = client.cookies().get("sessionid");
        client.post("/logout/", Map.of("csrfmiddlewaretoken", token(client)));
        assertThat(client.get("/").text()).isEqualTo("hello anonymous");
        Client thief = new Client(engine).enforceCsrfChecks(true);
        thief.cookies().put("sessionid", stolen);
        assertThat(thief.get("/").text()).isEqualTo("hello anonymous");
    }

    @Test
    void changingThePasswordEndsOtherSessionsButKeepsThisOne(Engine engine) {
        Client laptop = new Client(engine).enforceCsrfChecks(true);
        Client phone = new Client(engine).enforceCsrfChecks(true);
        login(laptop, "ann", "correct horse battery", "/");
        login(phone, "ann", "correct horse battery", "/");
        assertThat(laptop.post("/password/", Map.of("new", "a brand new passphrase", "csrfmiddlewaretoken", token(laptop))).text())
                .isEqualTo("changed");
        assertThat(laptop.get("/").text()).isEqualTo("hello ann");
        assertThat(phone.get("/").text()).isEqualTo("hello anonymous");
    }

    @Test
    void wrongPasswordsAndUnknownUsersGetTheSameAnswer(Client client) {
        String wrong = login(client, "ann", "nope", "/").text();
        String unknown = login(client, "nobody", "nope", "/").text();
        assertThat(wrong).isEqualTo(unknown).isEqualTo("Please enter a correct username and password.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.com", "/\\evil.com", "\\\\evil.com", "https:evil.com", "http://evil.com/x", "javascript:alert(1)",
        "https://testserver.evil.com/", " //evil.com", "/\t/evil.com", "ftp://testserver/"})
    void openRedirectNextValuesAreIgnored(String next, Engine engine) {
        TestResponse r = login(new Client(engine).enforceCsrfChecks(true), "ann", "correct horse battery", next);
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.location()).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/secret/", "/secret/?a=1&b=2", "http://testserver/secret/"})
    void safeNextValuesAreFollowed(String next, Engine engine) {
        assertThat(login(new Client(engine).enforceCsrfChecks(true), "ann", "correct horse battery", next).location()).isEqualTo(next);
    }

    // ---- headers ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/", "/nowhere/", "/boom/", "/hello%zz/"})
    void securityHeadersAreOnEveryResponseErrorsIncluded(String path, Client client) {
        TestResponse r = client.get(path);
        assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(r.header("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(r.header("Content-Security-Policy")).startsWith("default-src 'self'; script-src 'self' 'nonce-");
    }

    @Test
    void csrfFailuresCarryTheHeadersToo(Client client) {
        TestResponse r = client.post("/post/", Map.of());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void theCspNonceIsPerRequestAndMatchesTheHeader(Client client) {
        TestResponse a = client.get("/form/");
        TestResponse b = client.get("/form/");
        String nonceA = a.header("Content-Security-Policy").replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(a.text()).contains("nonce=\"" + nonceA + "\"");
        assertThat(b.header("Content-Security-Policy")).doesNotContain(nonceA);
    }

    @Test
    void framingCanBeAllowedPerView(Client client) {
        assertThat(client.get("/framed/").header("X-Frame-Options")).isNull();
    }

    // ---- throttling and permissions -----------------------------------------------------------------------

    @Test
    void repeatedFailuresAreThrottledWith429AndRetryAfter(Engine engine) {
        Client client = new Client(engine).enforceCsrfChecks(true);
        for (int i = 0; i < 3; i++) {
            assertThat(login(client, "ann", "wrong " + i, "/").status()).isEqualTo(200);
        }
        TestResponse throttled = login(client, "ann", "correct horse battery", "/");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 60L);
        // another address is throttled for this username too
        TestResponse other = new Client(engine).enforceCsrfChecks(true).request("POST", "/login/").remoteAddr("10.9.8.7")
                .form(Map.of("username", "ann", "password", "x")).send();
        assertThat(other.status()).isIn(403, 429);
    }

    @Test
    void migratingCreatedEachModelsFourPermissions() {
        assertThat(Permission.objects().filter("appLabel", "auth").valuesListFlat("codename")).contains(
                "add_user", "change_user", "delete_user", "view_user", "add_group", "view_permission");
        assertThat(Permission.objects().filter("appLabel", "sessions", "codename", "delete_sessionrecord").exists()).isTrue();
        assertThat(Permissions.sync(engine.database())).isZero();
    }

    @Test
    void anonymousVisitorsAreSentToLoginWithNext(Client client) {
        TestResponse r = client.get("/secret/?page=2");
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.location()).isEqualTo("/accounts/login/?next=%2Fsecret%2F%3Fpage%3D2");
        assertThat(client.get("/users/edit/").location()).startsWith("/accounts/login/?next=");
    }

    @Test
    void usersWithoutThePermissionGet403AndWithItGetIn(Engine engine) {
        Client annClient = new Client(engine).enforceCsrfChecks(true);
        login(annClient, "ann", "correct horse battery", "/");
        assertThat(annClient.get("/secret/").text()).isEqualTo("secret for ann");
        assertThat(annClient.get("/users/edit/").status()).isEqualTo(403);
        Client bobClient = new Client(engine).enforceCsrfChecks(true);
        login(bobClient, "bob", "bob's long password", "/");
        assertThat(bobClient.get("/users/edit/").text()).isEqualTo("may edit");
    }
}
