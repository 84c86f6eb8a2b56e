package dev.djakarta.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.djakarta.conf.ImproperlyConfigured;
import dev.djakarta.http.Cookie;
import dev.djakarta.test.Client;
import dev.djakarta.test.MultipartBody;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The whole cycle through the test client: routing, typed kwargs, params, bodies, cookies, charsets. */
class RequestCycleTest {
    private final Client client = Client.of(new TestSite(), TestSite.production());

    @Test
    void routesToViewsWithTypedKeywordArguments() {
        assertThat(client.get("/articles/2024/").text()).isEqualTo("year 2024");
        assertThat(client.get("/articles/2024/hello-world/").text()).isEqualTo("2024/hello-world");
        UUID id = UUID.randomUUID();
        assertThat(client.get("/api/items/" + id + "/").json().get("id").asText()).isEqualTo(id.toString());
        assertThat(client.get("/articles/20x4/").status()).isEqualTo(404);
    }

    @Test
    void requestKnowsItsRoute() {
        TestResponse r = client.get("/articles/2024/x/");
        assertThat(r.request().routeName()).isEqualTo("article");
        assertThat(r.request().routePattern()).isEqualTo("articles/<int:year>/<slug:slug>/");
    }

    @Test
    void queryAndFormParametersAreMultiValued() {
        TestResponse r = client.request("POST", "/params/?q=a&q=b").form(Client.form("x", "1", "x", "2", "name", "Zoë")).send();
        JsonNode json = r.json();
        assertThat(json.at("/query/q").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(json.at("/form/x").toString()).isEqualTo("[\"1\",\"2\"]");
        assertThat(json.at("/form/name/0").asText()).isEqualTo("Zoë");
    }

    @Test
    void jsonBodiesAreParsed() {
        TestResponse r = client.postJson("/json/", Map.of("title", "Hi", "tags", List.of("a", "b")));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.json().at("/got/title").asText()).isEqualTo("Hi");
    }

    @Test
    void multipartUploadsGiveFieldsAndFiles() {
        MultipartBody body = new MultipartBody().field("title", "Résumé")
                .file("doc", "C:\\Users\\me\\notes.txt", "text/plain", "héllo".getBytes(StandardCharsets.UTF_8));
        JsonNode json = client.request("POST", "/upload/").multipart(body).send().json();
        assertThat(json.get("title").asText()).isEqualTo("Résumé");
        assertThat(json.get("filename").asText()).isEqualTo("notes.txt");
        assertThat(json.get("content").asText()).isEqualTo("héllo");
        assertThat(json.get("size").asInt()).isEqualTo(6);
    }

    @Test
    void largeUploadsSpillToDiskAndAreDeletedAfterTheRequest() {
        Map<String, String> s = new HashMap<>(TestSite.production());
        s.put("FILE_UPLOAD_MAX_MEMORY_SIZE", "10");
        Client small = Client.of(new TestSite(), s);
        MultipartBody body = new MultipartBody().file("doc", "a.txt", "text/plain", "0123456789abcdefghij".getBytes())
                .file("doc", "b.txt", "text/plain", "x".getBytes());
        TestResponse r = small.request("POST", "/upload/").multipart(body).send();
        assertThat(r.json().get("content").asText()).isEqualTo("x");
        assertThat(r.json().get("count").asInt()).isEqualTo(2);
        var first = r.request().files().get("doc").get(0);
        assertThat(first.temp()).isNotNull();
        assertThat(first.temp()).doesNotExist();
    }

    @Test
    void utf8GoesInAndOut() {
        TestResponse r = client.get("/hello/?name=%E6%97%A5%E6%9C%AC");
        assertThat(r.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
        assertThat(r.text()).isEqualTo("hello 日本");
        assertThat(new String(r.bytes(), StandardCharsets.UTF_8)).isEqualTo("hello 日本");
    }

    @Test
    void cookiesCarryEveryAttribute() {
        TestResponse r = client.get("/cookie/set/");
        Cookie plain = r.cookie("plain");
        assertThat(plain.toHeader()).startsWith("plain=v1; Max-Age=3600; Expires=")
                .endsWith("; Path=/p; Domain=example.com; Secure; HttpOnly; SameSite=Lax");
    }

    @Test
    void signedCookiesRoundTripAndRejectTampering() {
        client.get("/cookie/set/");
        assertThat(client.get("/cookie/get/").text()).isEqualTo("alice");
        String signed = client.cookies().get("sig");
        client.cookies().put("sig", signed.replace("alice", "admin"));
        assertThat(client.get("/cookie/get/").text()).isEqualTo("null");
        Client other = Client.of(new TestSite(), Map.of("DEBUG", "false", "SECRET_KEY", "another-key"));
        other.cookies().put("sig", signed);
        assertThat(other.get("/cookie/get/").text()).isEqualTo("null");
    }

    @Test
    void reverseInsideAViewBuildsEncodedUrls() {
        assertThat(client.get("/reverse/").text()).isEqualTo("/articles/2024/hello-world/");
    }

    @Test
    void streamingResponsesAreWrittenAfterTheChain() {
        TestResponse r = client.get("/stream/");
        assertThat(r.response().isStreaming()).isTrue();
        assertThat(r.text()).isEqualTo("streamed!".repeat(100));
        assertThat(r.header("Content-Length")).isNull();
    }

    @Test
    void headRequestsGetHeadersWithoutBody() {
        TestResponse r = client.head("/hello/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Length")).isEqualTo("11");
        assertThat(r.bytes()).isEmpty();
    }

    @Test
    void secretKeyIsRequiredWithoutDebug() {
        assertThatThrownBy(() -> Client.of(new TestSite(), Map.of("DEBUG", "false", "SECRET_KEY", "")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageStartingWith("Setting SECRET_KEY must not be empty when DEBUG is false");
    }

    @Test
    void badSettingsStopStartUpNamingTheSetting() {
        Map<String, String> s = new HashMap<>(TestSite.production());
        s.put("STATIC_URL", "static");
        assertThatThrownBy(() -> Client.of(new TestSite(), s)).hasMessageStartingWith("Setting STATIC_URL has invalid value 'static'");
        s.put("STATIC_URL", "/static/");
        s.put("MIDDLEWARE", "com.example.Nope");
        assertThatThrownBy(() -> Client.of(new TestSite(), s)).hasMessageContaining("MIDDLEWARE").hasMessageContaining("com.example.Nope was not found");
        s.put("MIDDLEWARE", "java.lang.String");
        assertThatThrownBy(() -> Client.of(new TestSite(), s)).hasMessageContaining("does not implement dev.djakarta.middleware.Middleware");
        s.put("MIDDLEWARE", "");
        s.put("DEBUG", "perhaps");
        assertThatThrownBy(() -> Client.of(new TestSite(), s)).hasMessageStartingWith("Setting DEBUG has invalid value 'perhaps'");
    }

    @Test
    void debugAllowsLocalHostsWhenAllowedHostsIsEmpty() {
        Client debug = new Client(Engine.boot(new TestSite(), TestSite.debug()));
        assertThat(debug.request("GET", "/").host("localhost:8000").send().status()).isEqualTo(200);
        assertThat(debug.request("GET", "/").host("127.0.0.1").send().status()).isEqualTo(200);
        assertThat(debug.request("GET", "/").host("[::1]:8000").send().status()).isEqualTo(200);
        assertThat(debug.request("GET", "/").host("example.com").send().status()).isEqualTo(400);
    }

    @Test
    void allowedHostsSupportsDomainWildcards() {
        Map<String, String> s = new HashMap<>(TestSite.production());
        s.put("ALLOWED_HOSTS", ".example.com");
        Client c = Client.of(new TestSite(), s);
        assertThat(c.request("GET", "/").host("example.com").send().status()).isEqualTo(200);
        assertThat(c.request("GET", "/").host("www.example.com").send().status()).isEqualTo(200);
        assertThat(c.request("GET", "/").host("badexample.com").send().status()).isEqualTo(400);
    }
}
