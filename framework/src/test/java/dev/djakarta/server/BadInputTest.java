package dev.djakarta.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.test.Client;
import dev.djakarta.test.MultipartBody;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Malformed requests get 400/404/405/413, never a 500 or a stack trace, in production and DEBUG alike. */
class BadInputTest {
    private final Client client = TestSite.client(Map.of(
            "DATA_UPLOAD_MAX_MEMORY_SIZE", "1000", "DATA_UPLOAD_MAX_NUMBER_FIELDS", "5", "FILE_UPLOAD_MAX_SIZE", "2000"));

    private static void assertClean(TestResponse r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.text()).doesNotContain("Exception").doesNotContain("at dev.djakarta").doesNotContain("Traceback");
    }

    @Test
    void malformedPercentEncodingInThePathIsA400() {
        assertClean(client.get("/hello%zz/"), 400);
        assertClean(client.get("/hello%/"), 400);
    }

    @Test
    void invalidUtf8InThePathIsA400() {
        assertClean(client.get("/unicode/%FF%FE/"), 400);
    }

    @Test
    void validUtf8InThePathReachesTheView() {
        TestResponse r = client.get("/unicode/caf%C3%A9/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).isEqualTo("word=café");
    }

    @Test
    void malformedQueryStringIsA400() {
        assertClean(client.get("/hello/?name=%E0%A4%A"), 400);
        assertClean(client.get("/hello/?name=%C3%28"), 400);
    }

    @Test
    void malformedFormBodyIsA400() {
        assertClean(client.request("POST", "/params/").body("a=%G1", "application/x-www-form-urlencoded").send(), 400);
        assertClean(client.request("POST", "/params/").body("a=%FF", "application/x-www-form-urlencoded").send(), 400);
    }

    @Test
    void hostNotInAllowedHostsIsA400() {
        assertClean(client.request("GET", "/").host("evil.example.com").send(), 400);
        assertClean(client.request("GET", "/").host("testserver:8000@evil").send(), 400);
        assertThat(client.request("GET", "/").host("testserver:8000").send().status()).isEqualTo(200);
    }

    @Test
    void bodyOverTheMemoryLimitIsA413() {
        assertClean(client.request("POST", "/params/").body("a=" + "x".repeat(2000), "application/x-www-form-urlencoded").send(), 413);
        assertClean(client.request("POST", "/json/").body("\"" + "x".repeat(2000) + "\"", "application/json").send(), 413);
    }

    @Test
    void tooManyFormFieldsIsA400() {
        assertClean(client.request("POST", "/params/").body("a=1&b=2&c=3&d=4&e=5&f=6", "application/x-www-form-urlencoded").send(), 400);
        assertClean(client.get("/params/?a=1&b=2&c=3&d=4&e=5&f=6"), 400);
    }

    @Test
    void malformedJsonIsA400() {
        assertClean(client.request("POST", "/json/").body("{\"a\": ", "application/json").send(), 400);
        assertClean(client.request("POST", "/json/").body("", "application/json").send(), 400);
    }

    @Test
    void unknownMethodIsA405WithAllow() {
        TestResponse r = client.request("BREW", "/").send();
        assertClean(r, 405);
        assertThat(r.header("Allow")).contains("GET").contains("POST");
        assertClean(client.request("TRACE", "/").send(), 405);
    }

    @Test
    void malformedCookieHeaderIsIgnored() {
        TestResponse r = client.request("GET", "/cookies/").header("Cookie", "=;;; a; b=2; ;c=\"3\"; bad name=4; d=\u00e9").send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).isEqualTo("{b=2, c=3, d=\u00e9}");
    }

    @Test
    void uploadOverTheFileLimitIsA413() {
        MultipartBody body = new MultipartBody().field("title", "t").file("doc", "big.bin", "application/octet-stream", new byte[5000]);
        assertClean(client.request("POST", "/upload/").multipart(body).send(), 413);
    }

    @Test
    void truncatedMultipartBodyIsA400() {
        MultipartBody body = new MultipartBody().field("title", "t");
        byte[] full = body.bytes();
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 20);
        assertClean(client.request("POST", "/upload/").body(cut, body.contentType()).send(), 400);
        assertClean(client.request("POST", "/upload/").body("nothing", "multipart/form-data").send(), 400);
    }

    @Test
    void badInputNeverLeaksInDebugEither() {
        Client debug = Client.of(new TestSite(), TestSite.debug());
        TestResponse r = debug.get("/hello%zz/");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text()).doesNotContain("at dev.djakarta");
    }
}
