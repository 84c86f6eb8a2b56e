package dev.djakarta.staticfiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.management.Manage;
import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectStaticTest {
    @TempDir
    Path root;

    private Map<String, String> settings() {
        Map<String, String> s = new HashMap<>(TestSite.production());
        s.put("STATIC_ROOT", root.toString());
        return s;
    }

    private int collect() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return Manage.run(new TestSite(), new String[] {"collectstatic", "--noinput"}, new PrintStream(out), new PrintStream(out), settings());
    }

    @Test
    void copiesEveryFileWithAHashedTwinAndAManifest() throws Exception {
        assertThat(collect()).isZero();
        assertThat(root.resolve("testsite/site.css")).exists();
        String manifest = Files.readString(root.resolve("staticfiles.json"));
        assertThat(manifest).containsPattern("\"testsite/site.css\" : \"testsite/site\\.[0-9a-f]{12}\\.css\"");
        String hashedCss = manifest.replaceAll("(?s).*\"testsite/theme.css\" : \"([^\"]+)\".*", "$1");
        String hashedPng = manifest.replaceAll("(?s).*\"testsite/bg.png\" : \"([^\"]+)\".*", "$1");
        String css = Files.readString(root.resolve(hashedCss));
        assertThat(css).contains("url(\"" + hashedPng.substring("testsite/".length()) + "\")").contains("url(data:image/png;base64,AAAA)");
    }

    @Test
    void templatesGetHashedUrlsAndHashedFilesAreCachedForAYear() {
        assertThat(collect()).isZero();
        Client client = Client.of(new TestSite(), settings());
        String url = client.engine().staticFiles().urlFor("testsite/site.css", "");
        assertThat(url).matches("/static/testsite/site\\.[0-9a-f]{12}\\.css");
        TestResponse hashed = client.get(url);
        assertThat(hashed.status()).isEqualTo(200);
        assertThat(hashed.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(client.get("/static/testsite/site.css").header("Cache-Control")).isEqualTo("public, max-age=3600");
    }

    @Test
    void withoutStaticRootItSaysWhatToSet() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Manage.run(new TestSite(), new String[] {"collectstatic"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err), TestSite.production());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("STATIC_ROOT");
    }
}
