package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same {@code sample-blog.war} in a real Jetty 12 (ee10) distribution, under {@code /blog}, with production
 * settings from the environment: it starts (migrating and seeding its own H2 database), serves pages whose links
 * carry the context path, static files, a post, and sends anonymous visitors of the admin to its login page.
 */
class JettyDeploymentIT {
    private static final Path BUILD_DIR = Path.of(System.getProperty("build.directory"));
    private static final Path JETTY_HOME = Path.of(System.getProperty("jetty.home"));
    private static final Path BLOG_WAR = Path.of(System.getProperty("blog.war"));
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static Process jetty;
    private static int port;

    @BeforeAll
    static void startJetty() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path base = BUILD_DIR.resolve("jetty-base");
        deleteRecursively(base);
        Files.createDirectories(base.resolve("webapps"));
        Path setupLog = BUILD_DIR.resolve("jetty-setup.log");
        Process setup = new ProcessBuilder(JAVA.toString(), "-jar", JETTY_HOME.resolve("start.jar").toString(),
                "jetty.home=" + JETTY_HOME, "jetty.base=" + base, "--add-modules=http,ee10-deploy,ee10-annotations")
                .directory(base.toFile()).redirectErrorStream(true).redirectOutput(setupLog.toFile()).start();
        assertThat(setup.waitFor(60, TimeUnit.SECONDS)).as("jetty module setup").isTrue();
        assertThat(setup.exitValue()).as(Files.readString(setupLog)).isZero();
        Files.copy(BLOG_WAR, base.resolve("webapps/blog.war"));
        Path db = BUILD_DIR.resolve("it-databases/jetty");
        deleteRecursively(db);
        Path log = BUILD_DIR.resolve("jetty-it.log");
        ProcessBuilder pb = new ProcessBuilder(JAVA.toString(), "-jar", JETTY_HOME.resolve("start.jar").toString(),
                "jetty.home=" + JETTY_HOME, "jetty.base=" + base, "jetty.http.port=" + port, "jetty.http.host=127.0.0.1")
                .directory(base.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("DJAKARTA_DEBUG", "false");
        env.put("DJAKARTA_SECRET_KEY", "jetty-it-secret-key-jetty-it-secret-key-jetty-it-secret-key");
        env.put("DJAKARTA_ALLOWED_HOSTS", "127.0.0.1,localhost");
        env.put("DJAKARTA_DATABASE_URL", "h2:file:" + db.resolve("db"));
        env.put("DJAKARTA_BLOG_AUTO_MIGRATE", "true");
        env.put("DJAKARTA_BLOG_DEMO_CONTENT", "true");
        jetty = pb.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int status = -1;
        while (System.nanoTime() < deadline && jetty.isAlive()) {
            try {
                status = get("/blog/").statusCode();
                if (status == 200) {
                    break;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        assertThat(status).as("Jetty did not serve /blog/; its log:\n" + Files.readString(log)).isEqualTo(200);
    }

    @AfterAll
    static void stopJetty() throws Exception {
        if (jetty != null) {
            jetty.destroy();
            if (!jetty.waitFor(15, TimeUnit.SECONDS)) {
                jetty.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void theHomePageListsSeededPostsWithLinksUnderTheContextPath() throws Exception {
        String body = get("/blog/").body();
        assertThat(body).contains("href=\"/blog/static/", "href=\"/blog/feed/rss/\"");
        assertThat(body).containsPattern("href=\"/blog/\\d{4}/\\d{2}/\\d{2}/[-a-z0-9]+/\"");
    }

    @Test
    void aPostPageStaticFilesAndHealthAreServed() throws Exception {
        String home = get("/blog/").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"(/blog/\\d{4}/\\d{2}/\\d{2}/[-a-z0-9]+/)\"").matcher(home);
        assertThat(m.find()).isTrue();
        assertThat(get(m.group(1)).statusCode()).isEqualTo(200);
        HttpResponse<String> css = get("/blog/static/blog/site.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(get("/blog/readyz").statusCode()).isEqualTo(200);
    }

    @Test
    void theAdminSendsAnonymousVisitorsToItsLoginPage() throws Exception {
        HttpResponse<String> r = get("/blog/admin/");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).startsWith("/blog/admin/login/?next=");
    }

    @Test
    void aReaderCommentsTheAdminLogsInApprovesItAndEditsACategory() throws Exception {
        new BrowserlessVisit("http://127.0.0.1:" + port + "/blog").commentModerateAndEdit(BUILD_DIR.resolve("jetty-it.log"), "/2025/01/06/hello-djakarta/");
    }

    @Test
    void errorsShowNoInternals() throws Exception {
        HttpResponse<String> r = get("/blog/no-such-page/");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("Traceback").doesNotContain("at dev.djakarta");
        assertThat(List.of(get("/blog/static/..%2f..%2fWEB-INF/web.xml").statusCode())).allMatch(s -> s == 400 || s == 404);
    }
}
