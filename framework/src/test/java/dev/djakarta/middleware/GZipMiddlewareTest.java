package dev.djakarta.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class GZipMiddlewareTest {
    private final Client client;

    GZipMiddlewareTest() {
        Map<String, String> s = new HashMap<>(TestSite.production());
        s.put("MIDDLEWARE", "dev.djakarta.middleware.GZipMiddleware,dev.djakarta.middleware.CommonMiddleware,"
                + "dev.djakarta.middleware.ConditionalGetMiddleware");
        client = Client.of(new TestSite(), s);
    }

    static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void compressesForClientsThatAcceptGzip() throws IOException {
        TestResponse r = client.request("GET", "/big/").header("Accept-Encoding", "br, gzip;q=0.8").send();
        assertThat(r.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(r.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(Integer.parseInt(r.header("Content-Length"))).isEqualTo(r.bytes().length).isLessThan(5000);
        assertThat(r.header("ETag")).startsWith("W/\"");
        assertThat(gunzip(r.bytes())).isEqualTo("x".repeat(5000));
    }

    @Test
    void leavesOtherClientsAndSmallBodiesAlone() {
        TestResponse plain = client.get("/big/");
        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(plain.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(client.request("GET", "/big/").header("Accept-Encoding", "gzip;q=0").send().header("Content-Encoding")).isNull();
        assertThat(client.request("GET", "/hello/").header("Accept-Encoding", "gzip").send().header("Content-Encoding")).isNull();
    }

    @Test
    void compressesStreamsWithoutBufferingThem() throws IOException {
        TestResponse r = client.request("GET", "/stream/").header("Accept-Encoding", "gzip").send();
        assertThat(r.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(r.response().isStreaming()).isTrue();
        assertThat(gunzip(r.bytes())).isEqualTo("streamed!".repeat(100));
    }

    @Test
    void conditionalRequestsStillWorkBehindGzip() {
        TestResponse first = client.request("GET", "/big/").header("Accept-Encoding", "gzip").send();
        String etag = first.header("ETag");
        TestResponse second = client.request("GET", "/big/").header("Accept-Encoding", "gzip").header("If-None-Match", etag).send();
        assertThat(second.status()).isEqualTo(304);
    }

    @Test
    void acceptEncodingParsing() {
        assertThat(GZipMiddleware.acceptsGzip("gzip, deflate")).isTrue();
        assertThat(GZipMiddleware.acceptsGzip("*")).isTrue();
        assertThat(GZipMiddleware.acceptsGzip("identity")).isFalse();
        assertThat(GZipMiddleware.acceptsGzip("xgzip")).isFalse();
        assertThat(GZipMiddleware.acceptsGzip(null)).isFalse();
    }
}
