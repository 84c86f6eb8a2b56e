package dev.djakarta.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewsTest {
    private final Client client = Client.of(new TestSite(), TestSite.production());

    @Test
    void classBasedViewsDispatchByMethod() {
        assertThat(client.get("/thing/").text()).isEqualTo("get thing");
        assertThat(client.post("/thing/", Map.of("name", "z")).text()).isEqualTo("post thing z");
    }

    @Test
    void classBasedViewsAnswer405WithAllow() {
        TestResponse r = client.request("PUT", "/thing/").send();
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).isEqualTo("GET, HEAD, POST, OPTIONS");
        assertThat(client.delete("/thing/").status()).isEqualTo(405);
    }

    @Test
    void classBasedViewsAnswerHeadAndOptions() {
        TestResponse head = client.head("/thing/");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.bytes()).isEmpty();
        assertThat(head.header("Content-Length")).isEqualTo("9");
        TestResponse options = client.options("/thing/");
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.header("Allow")).isEqualTo("GET, HEAD, POST, OPTIONS");
    }

    @Test
    void requirePostRejectsOtherMethods() {
        TestResponse r = client.get("/post-only/");
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).isEqualTo("POST");
        assertThat(client.post("/post-only/", Map.of()).text()).isEqualTo("posted");
    }

    @Test
    void redirectViewToARouteIsPermanentWhenAsked() {
        TestResponse r = client.get("/old/");
        assertThat(r.status()).isEqualTo(301);
        assertThat(r.location()).isEqualTo("/");
    }

    @Test
    void redirectViewFillsPlaceholdersFromTheRoute() {
        TestResponse r = client.get("/go/2021/");
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.location()).isEqualTo("/articles/2021/");
    }
}
