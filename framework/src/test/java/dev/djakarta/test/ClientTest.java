package dev.djakarta.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.server.Engine;
import dev.djakarta.testsite.TestSite;
import org.junit.jupiter.api.Test;

@SiteTest(value = TestSite.class, settings = {"DEBUG=false", "SECRET_KEY=" + TestSite.SECRET})
class ClientTest {
    @Test
    void theExtensionInjectsAClientForTheSite(Client client) {
        assertThat(client.get("/").status()).isEqualTo(200);
        assertThat(client.engine().debug()).isFalse();
    }

    @Test
    void theEngineIsSharedByTheTestClass(Engine engine, Client client) {
        assertThat(client.engine()).isSameAs(engine);
    }

    @Test
    void cookiesAreKeptBetweenRequests(Client client) {
        client.get("/cookie/set/");
        assertThat(client.cookies()).containsKeys("plain", "sig");
        assertThat(client.get("/cookies/").text()).contains("plain=v1");
    }

    @Test
    void eachTestStartsWithAnEmptyCookieJar(Client client) {
        assertThat(client.cookies()).isEmpty();
    }

    @Test
    void redirectsAreFollowedWhenAsked(Client client) {
        TestResponse r = client.followRedirects(true).get("/go/2021");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).isEqualTo("year 2021");
        assertThat(r.redirectChain()).containsExactly("/go/2021/", "/articles/2021/");
    }

    @Test
    void redirectsAreReturnedAsIsByDefault(Client client) {
        assertThat(client.get("/old/").status()).isEqualTo(301);
    }

    @Test
    void httpsRequestsAreSecure(Client client) {
        TestResponse r = client.request("GET", "/").secure().send();
        assertThat(r.request().isSecure()).isTrue();
        assertThat(r.request().absoluteUri("/x")).isEqualTo("https://testserver/x");
    }
}
