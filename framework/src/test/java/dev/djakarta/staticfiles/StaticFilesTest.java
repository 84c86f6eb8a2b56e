package dev.djakarta.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaticFilesTest {
    @TempDir
    static Path dir;

    private static Client client(Map<String, String> extra) {
        return TestSite.client(extra);
    }

    private final Client client = client(Map.of());

    @Test
    void servesClasspathStaticFilesWithTypeAndCacheHeaders() {
        TestResponse r = client.get("/static/testsite/site.css");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("text/css; charset=utf-8");
        assertThat(r.header("ETag")).isNotBlank();
        assertThat(r.header("Last-Modified")).endsWith("GMT");
        assertThat(r.header("Cache-Control")).isEqualTo("public, max-age=3600");
        assertThat(r.text()).contains("color: #333");
    }

    @Test
    void answers304ForACurrentCopy() {
        String etag = client.get("/static/testsite/hello.txt").header("ETag");
        TestResponse r = client.request("GET", "/static/testsite/hello.txt").header("If-None-Match", etag).send();
        assertThat(r.status()).isEqualTo(304);
        assertThat(r.bytes()).isEmpty();
    }

    @Test
    void debugAsksBrowsersToRevalidate() {
        Map<String, String> s = new HashMap<>(TestSite.debug());
        TestResponse r = Client.of(new TestSite(), s).get("/static/testsite/hello.txt");
        assertThat(r.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void staticfilesDirsComeFirstAndAreReReadInDebug() throws Exception {
        Files.createDirectories(dir.resolve("testsite"));
        Files.writeString(dir.resolve("testsite/hello.txt"), "from dir v1");
        Map<String, String> s = new HashMap<>(TestSite.debug());
        s.put("STATICFILES_DIRS", dir.toString());
        Client c = Client.of(new TestSite(), s);
        assertThat(c.get("/static/testsite/hello.txt").text()).isEqualTo("from dir v1");
        Files.writeString(dir.resolve("testsite/hello.txt"), "from dir v2");
        assertThat(c.get("/static/testsite/hello.txt").text()).isEqualTo("from dir v2");
    }

    @Test
    void missingFilesAndDirectoriesAre404() {
        assertThat(client.get("/static/testsite/nope.css").status()).isEqualTo(404);
        assertThat(client.get("/static/testsite/").status()).isEqualTo(404);
        assertThat(client.get("/static/testsite").status()).isEqualTo(404);
        assertThat(client.get("/static/").status()).isEqualTo(404);
    }

    @Test
    void onlyGetAndHeadAreAllowed() {
        assertThat(client.post("/static/testsite/hello.txt", Map.of()).status()).isEqualTo(405);
        assertThat(client.head("/static/testsite/hello.txt").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/static/../settings.properties", "/static/testsite/../../logback-test.xml", "/static/%2e%2e/logback-test.xml",
        "/static/%2E%2E%2Flogback-test.xml", "/static/testsite%2f..%2f..%2flogback-test.xml", "/static/..%5clogback-test.xml",
        "/static/testsite\\..\\..\\logback-test.xml", "/static/testsite/hello.txt%00.css", "/static//etc/passwd",
        "/static/%2fetc%2fpasswd", "/static/./testsite/hello.txt", "/static/testsite//hello.txt",
        "/static/dev/djakarta/conf/defaults.properties", "/static/../dev/djakarta/conf/defaults.properties",
        "/static/file:/etc/passwd", "/static/C:/windows/win.ini"})
    void traversalInAnySpellingIs404AndReadsNothing(String path) {
        TestResponse r = client.get(path);
        assertThat(r.status()).as(path).isIn(400, 404);
        assertThat(r.text()).doesNotContain("root:").doesNotContain("<configuration>").doesNotContain("DEBUG=");
    }

    @Test
    void dotDotStaysInsideAStaticfilesDir() throws Exception {
        Path root = dir.resolve("root");
        Files.createDirectories(root);
        Files.writeString(dir.resolve("secret.txt"), "top secret");
        Client c = client(Map.of("STATICFILES_DIRS", root.toString()));
        assertThat(c.get("/static/../secret.txt").status()).isEqualTo(404);
        assertThat(c.get("/static/%2e%2e/secret.txt").status()).isEqualTo(404);
        assertThat(c.get("/static/%2e%2e%2fsecret.txt").text()).doesNotContain("top secret");
    }

    @Test
    void nameCheckRejectsEveryUnsafeShape() {
        assertThat(StaticFiles.isSafe("a/b.css")).isTrue();
        for (String bad : new String[] {"", "/a", "a/../b", "..", ".", "a//b", "a\\b", "a\0b", "a/", "c:x", "a\nb"}) {
            assertThat(StaticFiles.isSafe(bad)).as(bad).isFalse();
        }
    }
}
