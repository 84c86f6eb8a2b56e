package dev.djakarta.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.http.Cookie;
import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import org.junit.jupiter.api.Test;

/** Session behaviour, run against each store by a subclass. */
abstract class SessionContract {
    @Test
    void theCookieHoldsOnlyARandomKeyWithSafeFlags(Client client) {
        TestResponse r = client.get("/set/secret-value/");
        Cookie c = r.cookie("sessionid");
        assertThat(c.value()).matches("[a-z0-9]{32}").doesNotContain("secret");
        assertThat(c.httpOnly()).isTrue();
        assertThat(c.sameSite()).isEqualTo("Lax");
        assertThat(c.maxAge()).isEqualTo(1_209_600);
        assertThat(c.path()).isEqualTo("/");
        assertThat(client.get("/get/").text()).isEqualTo("secret-value");
        assertThat(client.get("/get/").header("Vary")).isEqualTo("Cookie");
    }

    @Test
    void keysAreDifferentForEveryVisitor(Engine engine) {
        String a = new Client(engine).get("/set/x/").cookie("sessionid").value();
        String b = new Client(engine).get("/set/x/").cookie("sessionid").value();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void untouchedSessionsSetNoCookie(Client client) {
        TestResponse r = client.get("/nothing/");
        assertThat(r.cookies()).isEmpty();
        assertThat(r.header("Vary")).isNull();
        assertThat(client.get("/get/").cookies()).isEmpty();
    }

    @Test
    void aTamperedOrUnknownKeyStartsAFreshEmptySessionSilently(Client client) {
        client.get("/set/mine/");
        client.cookies().put("sessionid", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        TestResponse r = client.get("/get/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).isEqualTo("null");
        client.cookies().put("sessionid", "'; drop table x; --");
        assertThat(client.get("/get/").text()).isEqualTo("null");
    }

    @Test
    void cycleKeyKeepsTheDataUnderANewKeyAndDeletesTheOld(Client client, Engine engine) {
        String before = client.get("/set/kept/").cookie("sessionid").value();
        TestResponse r = client.get("/cycle/");
        String after = r.cookie("sessionid").value();
        assertThat(after).isNotEqualTo(before);
        assertThat(client.get("/get/").text()).isEqualTo("kept");
        assertThat(Sessions.of(engine).store().load(before)).isNull();
    }

    @Test
    void flushDeletesTheSessionServerSideAndTheCookie(Client client, Engine engine) {
        String key = client.get("/set/gone/").cookie("sessionid").value();
        TestResponse r = client.get("/flush/");
        assertThat(r.cookie("sessionid").maxAge()).isZero();
        assertThat(Sessions.of(engine).store().load(key)).isNull();
        Client thief = new Client(engine);
        thief.cookies().put("sessionid", key);
        assertThat(thief.get("/get/").text()).isEqualTo("null");
    }

    @Test
    void expiryCanBeShortenedOrTiedToTheBrowser(Client client, Engine engine) throws Exception {
        String key = client.get("/short/").cookie("sessionid").value();
        assertThat(client.get("/get/").text()).isEqualTo("short-lived");
        Thread.sleep(2100);
        assertThat(Sessions.of(engine).store().load(key)).isNull();
        assertThat(client.get("/get/").text()).isEqualTo("null");
        assertThat(client.get("/browser/").cookie("sessionid").maxAge()).isEqualTo(-1);
    }
}
