package dev.djakarta.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionalGetMiddlewareTest {
    private final Client client;

    ConditionalGetMiddlewareTest() {
        Map<String, String> s = new HashMap<>(TestSite.production());
        s.put("MIDDLEWARE", "dev.djakarta.middleware.CommonMiddleware,dev.djakarta.middleware.ConditionalGetMiddleware");
        client = Client.of(new TestSite(), s);
    }

    @Test
    void addsAnEtagAndAnswers304WhenItMatches() {
        TestResponse first = client.get("/hello/");
        String etag = first.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        TestResponse second = client.request("GET", "/hello/").header("If-None-Match", etag).send();
        assertThat(second.status()).isEqualTo(304);
        assertThat(second.bytes()).isEmpty();
        assertThat(second.header("ETag")).isEqualTo(etag);
    }

    @Test
    void weakAndListedEtagsMatchToo() {
        String etag = client.get("/hello/").header("ETag");
        assertThat(client.request("GET", "/hello/").header("If-None-Match", "\"other\", W/" + etag).send().status()).isEqualTo(304);
        assertThat(client.request("GET", "/hello/").header("If-None-Match", "\"other\"").send().status()).isEqualTo(200);
    }

    @Test
    void lastModifiedIsHonouredWhenThereIsNoIfNoneMatch() {
        TestResponse css = client.get("/static/testsite/site.css");
        String lm = css.header("Last-Modified");
        assertThat(client.request("GET", "/static/testsite/site.css").header("If-Modified-Since", lm).send().status()).isEqualTo(304);
        assertThat(client.request("GET", "/static/testsite/site.css")
                .header("If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT").send().status()).isEqualTo(200);
        assertThat(client.request("GET", "/static/testsite/site.css")
                .header("If-Modified-Since", "not a date").send().status()).isEqualTo(200);
    }

    @Test
    void postsAndErrorsAreNeverConditional() {
        assertThat(client.post("/thing/", Map.of("name", "a")).header("ETag")).isNull();
        assertThat(client.get("/missing/").header("ETag")).isNull();
    }
}
