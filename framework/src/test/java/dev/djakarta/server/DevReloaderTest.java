package dev.djakarta.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Development reload: a site compiled into a classes directory is served; recompiling it swaps the new code in
 * on the same port without restarting the JVM; broken code keeps the old version serving.
 */
class DevReloaderTest {
    @TempDir
    Path classes;
    @TempDir
    Path sources;

    private void compile(String body) throws Exception {
        Path src = sources.resolve("gen/ReloadSite.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package gen;
                import dev.djakarta.urls.Routes;
                import dev.djakarta.http.Response;
                public class ReloadSite extends dev.djakarta.Site {
                    public Routes routes() {
                        %s
                    }
                }
                """.formatted(body));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"), src.toString());
        assertThat(code).isZero();
    }

    private static String get(HttpClient http, int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String awaitBody(HttpClient http, int port, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String body = get(http, port);
        while (!body.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            body = get(http, port);
        }
        return body;
    }

    @Test
    void recompiledClassesAreServedOnTheSamePortWithoutRestart() throws Exception {
        compile("return Routes.of(Routes.path(\"\", r -> Response.text(\"version 1\"), \"home\"));");
        Map<String, String> settings = Map.of("DEBUG", "true", "ALLOWED_HOSTS", "127.0.0.1");
        try (DevReloader reloader = new DevReloader(List.of(classes), "gen.ReloadSite", settings, getClass().getClassLoader());
             EmbeddedServer server = EmbeddedServer.start("127.0.0.1", 0, reloader.load(), 8, 500)) {
            HttpClient http = HttpClient.newHttpClient();
            assertThat(get(http, server.port())).isEqualTo("version 1");
            reloader.watch(server, 100);

            Thread.sleep(1100); // file times have one-second resolution on some file systems
            compile("return Routes.of(Routes.path(\"\", r -> Response.text(\"version 2\"), \"home\"));");
            long start = System.nanoTime();
            assertThat(awaitBody(http, server.port(), "version 2")).isEqualTo("version 2");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

            Thread.sleep(1100);
            compile("throw new IllegalStateException(\"broken on purpose\");");
            Thread.sleep(1500);
            assertThat(get(http, server.port())).isEqualTo("version 2");
        }
    }
}
