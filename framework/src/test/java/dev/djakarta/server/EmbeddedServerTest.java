package dev.djakarta.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.testsite.TestSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same site over real HTTP on embedded Jetty. */
class EmbeddedServerTest {
    static EmbeddedServer server;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> s = new HashMap<>(TestSite.production());
        s.put("ALLOWED_HOSTS", "127.0.0.1");
        s.put("MIDDLEWARE", "dev.djakarta.middleware.GZipMiddleware,dev.djakarta.middleware.CommonMiddleware");
        server = EmbeddedServer.start("127.0.0.1", 0, new FrontController(Engine.boot(new TestSite(), s)), 16, 1000);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    @Test
    void servesPagesWithUtf8() throws Exception {
        HttpResponse<String> r = send(at("/hello/?name=%C3%A9t%C3%A9"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("hello été");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v.replace(" ", "")).isEqualTo("text/plain;charset=utf-8"));
        assertThat(r.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void headSendsLengthWithoutBody() throws Exception {
        HttpResponse<String> r = send(at("/hello/").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Length")).hasValue("11");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void postsFormsAndRedirects() throws Exception {
        HttpResponse<String> r = send(at("/thing/").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=J%C3%BCrgen")));
        assertThat(r.body()).isEqualTo("post thing Jürgen");
        assertThat(send(at("/old/")).headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void ambiguousPathsReachTheFrameworkAndAreRefused() throws Exception {
        assertThat(send(at("/static/%2e%2e/%2e%2e/etc/passwd")).statusCode()).isIn(400, 404);
        assertThat(send(at("/static/testsite%2f..%2f..%2flogback-test.xml")).statusCode()).isEqualTo(404);
        assertThat(raw("GET /hello%zz/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400");
    }

    @Test
    void wrongHostIsRefused() throws Exception {
        assertThat(raw("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400");
        assertThat(raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    /** Sends bytes a well-behaved client library would refuse to send; returns the whole answer. */
    static String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void uploadsAreParsedFromTheRealStream() throws Exception {
        String boundary = "XyZ";
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nT\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nabc\r\n--XyZ--\r\n";
        HttpResponse<String> r = send(at("/upload/").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(r.body()).contains("\"filename\":\"a.txt\"").contains("\"content\":\"abc\"");
    }

    @Test
    void gzipWorksOverTheWire() throws Exception {
        HttpResponse<byte[]> r = http.send(at("/big/").header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(r.body().length).isLessThan(5000);
    }
}
