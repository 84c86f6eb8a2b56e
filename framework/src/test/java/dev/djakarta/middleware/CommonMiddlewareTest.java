package dev.djakarta.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommonMiddlewareTest {
    private static Client client(Map<String, String> extra) {
        return TestSite.client(extra);
    }

    private final Client client = client(Map.of());

    @Test
    void appendSlashRedirectsWhenSlashedPathResolves() {
        TestResponse r = client.get("/hello?name=x&y=%20");
        assertThat(r.status()).isEqualTo(301);
        assertThat(r.location()).isEqualTo("/hello/?name=x&y=%20");
    }

    @Test
    void appendSlashKeepsThePathEncoding() {
        TestResponse r = client.get("/unicode/caf%C3%A9");
        assertThat(r.status()).isEqualTo(301);
        assertThat(r.location()).isEqualTo("/unicode/caf%C3%A9/");
    }

    @Test
    void noRedirectWhenTheSlashedPathDoesNotResolveEither() {
        assertThat(client.get("/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void noRedirectWhenAppendSlashIsOff() {
        assertThat(client(Map.of("APPEND_SLASH", "false")).get("/hello").status()).isEqualTo(404);
    }

    @Test
    void postWithoutSlashInDebugExplainsInsteadOfLosingData() {
        Map<String, String> debug = new HashMap<>(TestSite.debug());
        TestResponse r = Client.of(new TestSite(), debug).post("/thing", Map.of("name", "x"));
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.text()).contains("APPEND_SLASH").contains("/thing/");
    }

    @Test
    void protocolRelativeLookingPathsAreNotOpenRedirects() {
        dev.djakarta.Site catchAll = new dev.djakarta.Site() {
            @Override
            public dev.djakarta.urls.Routes routes() {
                return dev.djakarta.urls.Routes.of(dev.djakarta.urls.Routes.path("<path:p>/", r -> dev.djakarta.http.Response.text("p")));
            }
        };
        TestResponse r = Client.of(catchAll, TestSite.production()).get("//evil.com");
        assertThat(r.status()).isEqualTo(301);
        assertThat(r.location()).isEqualTo("/%2Fevil.com/");
    }

    @Test
    void contentLengthIsSetOnNonStreamingResponses() {
        assertThat(client.get("/hello/").header("Content-Length")).isEqualTo("11");
        assertThat(client.get("/stream/").header("Content-Length")).isNull();
    }

    @Test
    void unitTestWithALambdaAsNext() throws Exception {
        // the contract in isolation: a middleware wraps whatever "next" returns
        Middleware timing = (request, next) -> next.handle(request).header("X-Seen", "yes");
        Handler view = request -> dev.djakarta.http.Response.text("ok");
        var engine = client.engine();
        var req = engine.newRequest(new dev.djakarta.http.RawRequest() {
            public String method() { return "GET"; }
            public String scheme() { return "http"; }
            public String rawPath() { return "/"; }
            public String rawQuery() { return null; }
            public String header(String name) { return null; }
            public java.util.List<String> headers(String name) { return java.util.List.of(); }
            public java.util.List<String> headerNames() { return java.util.List.of(); }
            public String remoteAddr() { return "127.0.0.1"; }
            public String serverName() { return "testserver"; }
            public int serverPort() { return 80; }
            public long contentLength() { return 0; }
            public java.io.InputStream body() { return java.io.InputStream.nullInputStream(); }
        });
        assertThat(timing.handle(req, view).header("X-Seen")).isEqualTo("yes");
    }
}
