package dev.djakarta.blog;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves that {@code sample-blog.war}, with no web.xml, deploys to a real Apache Tomcat 10.1 under the context path
 * {@code /blog} and behaves as a production site there: the framework's ServletContainerInitializer finds the
 * Site, links and redirects carry the context path, static files are served with validators, errors show no
 * internals, hosts outside ALLOWED_HOSTS are refused, nothing outside the static roots can be read, and the admin
 * is closed. Posts, feeds and comments work there too: a comment is posted with the CSRF cookie and token, and held
 * for moderation. It also proves the WAR serves the same pages as the embedded server in {@code sample-blog.jar}.
 *
 * <p>Both servers run as child processes with production settings from the environment ({@code DJAKARTA_DEBUG=false},
 * a random secret key, {@code DJAKARTA_ALLOWED_HOSTS}), on free ports, and are stopped after the class. Each has its
 * own H2 database file under {@code target/it-databases/}, which the blog migrates and fills with its demo content
 * when it starts ({@code DJAKARTA_BLOG_AUTO_MIGRATE} and {@code DJAKARTA_BLOG_DEMO_CONTENT}), so both serve the same
 * posts. Run by
 * Failsafe in {@code mvn verify}, after {@code package} built the war and jar and the dependency plugin unpacked
 * Tomcat into {@code target/tomcat}.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class TomcatDeploymentIT {
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final Path BUILD_DIR = Path.of(requiredProperty("build.directory"));
    private static final Path TOMCAT_HOME = Path.of(requiredProperty("tomcat.home"));
    private static final Path BLOG_WAR = Path.of(requiredProperty("blog.war"));
    private static final Path BLOG_JAR = Path.of(requiredProperty("blog.jar"));
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final String SECRET_KEY = randomSecretKey();

    private static final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final List<Process> children = new ArrayList<>();
    private static int tomcatPort;
    private static int embeddedPort;

    @BeforeAll
    static void startTomcatAndTheEmbeddedServer() throws Exception {
        tomcatPort = freePort();
        embeddedPort = freePort();
        Path tomcatLog = BUILD_DIR.resolve("tomcat-it.log");
        Path embeddedLog = BUILD_DIR.resolve("embedded-it.log");
        Path catalinaBase = prepareCatalinaBase(tomcatPort);
        Path databases = BUILD_DIR.resolve("it-databases");
        deleteRecursively(databases);
        // both start before either is awaited, so their start-up times overlap
        Process tomcat = start(tomcatLog, databases.resolve("tomcat/db"), JAVA.toString(),
                "-cp", TOMCAT_HOME.resolve("bin/bootstrap.jar") + File.pathSeparator + TOMCAT_HOME.resolve("bin/tomcat-juli.jar"),
                "-Dcatalina.home=" + TOMCAT_HOME,
                "-Dcatalina.base=" + catalinaBase,
                "-Djava.io.tmpdir=" + catalinaBase.resolve("temp"),
                "org.apache.catalina.startup.Bootstrap", "start");
        Process embedded = start(embeddedLog, databases.resolve("embedded/db"), JAVA.toString(),
                "-jar", BLOG_JAR.toString(), "runserver", "127.0.0.1:" + embeddedPort, "--noreload");
        awaitOk(tomcat, tomcatUrl("/blog/"), tomcatLog);
        awaitOk(embedded, embeddedUrl("/"), embeddedLog);
    }

    @AfterAll
    static void stopServers() throws InterruptedException {
        for (Process child : children) {
            child.destroy();
            if (!child.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void homePageIsServedUnderTheContextPath() throws Exception {
        HttpResponse<String> response = get(tomcatUrl("/blog/"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("text/html");
        assertThat(response.body()).contains("Djakarta blog");
    }

    @Test
    void linksOnTheHomePageIncludeTheContextPath() throws Exception {
        String body = get(tomcatUrl("/blog/")).body();

        assertThat(body).contains("href=\"/blog/about/\"", "href=\"/blog/static/blog/site.css\"", "href=\"/blog/\"");
    }

    @Test
    void contactFormPostsUnderTheContextPathAndTheThanksSurviveTheRedirect() throws Exception {
        HttpResponse<String> form = get(tomcatUrl("/blog/contact/"));
        assertThat(form.body()).contains("action=\"/blog/contact/\"");
        String csrfCookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("csrftoken="))
                .findFirst().orElseThrow();
        String body = form.body();
        int at = body.indexOf("name=\"csrfmiddlewaretoken\" value=\"") + "name=\"csrfmiddlewaretoken\" value=\"".length();
        String token = body.substring(at, body.indexOf('"', at));

        HttpResponse<String> forged = send(HttpRequest.newBuilder(tomcatUrl("/blog/contact/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Eve&email=eve%40example.com&message=forged")));
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> posted = send(HttpRequest.newBuilder(tomcatUrl("/blog/contact/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                .POST(HttpRequest.BodyPublishers.ofString("csrfmiddlewaretoken=" + token
                        + "&name=Ada&email=ada%40example.com&message=Lovely+blog%2C+thank+you%21")));

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValue("/blog/contact/");
        String cookie = posted.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("messages=")).findFirst().orElseThrow();
        assertThat(cookie).startsWith("messages=").contains("Path=/blog", "HttpOnly", "SameSite=Lax");
        String thanked = send(HttpRequest.newBuilder(tomcatUrl("/blog/contact/")).header("Cookie", cookie.substring(0, cookie.indexOf(';'))))
                .body();
        assertThat(thanked).contains("<li class=\"success\">Thanks, Ada! We will answer you soon.</li>");
    }

    @Test
    void pathWithoutTrailingSlashRedirectsPermanentlyToTheSlashedPathUnderTheContextPath() throws Exception {
        HttpResponse<String> response = get(tomcatUrl("/blog/about"));

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/blog/about/");
    }

    @Test
    void staticFileIsServedAsCssWithAnETag() throws Exception {
        HttpResponse<String> response = get(tomcatUrl("/blog/static/blog/site.css"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("text/css");
        assertThat(response.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void staticFileIsNotModifiedWhenTheClientHasTheCurrentETag() throws Exception {
        String etag = get(tomcatUrl("/blog/static/blog/site.css")).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> response = send(HttpRequest.newBuilder(tomcatUrl("/blog/static/blog/site.css"))
                .header("If-None-Match", etag));

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void unknownPageIsNotFoundWithoutDebugDetails() throws Exception {
        HttpResponse<String> response = get(tomcatUrl("/blog/no-such-page/"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Traceback", "DEBUG", "no-such-page");
    }

    @Test
    void healthCheckAnswersOkAsJson() throws Exception {
        HttpResponse<String> response = get(tomcatUrl("/blog/healthz"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("application/json");
        assertThat(response.body()).isEqualToIgnoringWhitespace("{\"status\":\"ok\"}");
    }

    @Test
    void hostOutsideAllowedHostsIsBadRequest() throws Exception {
        assertThat(statusOfGetWithHost("/blog/", "evil.example")).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // refused by Tomcat itself (encoded slash or backslash: 400; normalized into WEB-INF or out of /blog: 404)
            "/blog/static/..%2f..%2fWEB-INF/web.xml",
            "/blog/static/..%2f..%2fWEB-INF/classes/settings.properties",
            "/blog/static/blog/..%5c..%5c..%5cWEB-INF/classes/settings.properties",
            "/blog/static/%2e%2e/WEB-INF/classes/settings.properties",
            "/blog/static/../WEB-INF/classes/settings.properties",
            "/blog/WEB-INF/classes/settings.properties",
            // passed on by Tomcat (they normalize to /blog/settings.properties), so refused by Djakarta's static files
            "/blog/static/blog/%2e%2e/%2e%2e/settings.properties",
            "/blog/static/%2e%2e/settings.properties",
            "/blog/static/blog/..;/..;/settings.properties",
            "/blog/static/%252e%252e/settings.properties"})
    void pathsOutsideTheStaticRootsAreRefusedWithoutReadingAnything(String path) throws Exception {
        HttpResponse<String> response = get(tomcatUrl(path));

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.body()).doesNotContain("<web-app", "settings", "MIDDLEWARE=");
    }

    @Test
    void adminSendsAnonymousVisitorsToItsLoginPageUnderTheContextPath() throws Exception {
        HttpResponse<String> response = get(tomcatUrl("/blog/admin/"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).startsWith("/blog/admin/login/?next=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/category/tutorials/", "/tag/java/", "/2025/01/06/hello-djakarta/", "/feed/atom/", "/sitemap.xml",
            "/api/posts/"})
    void tomcatServesTheSamePagesAsTheEmbeddedServer(String path) throws Exception {
        String fromTomcat = get(tomcatUrl("/blog" + path)).body();
        String fromEmbedded = get(embeddedUrl(path)).body();

        // absolute URLs differ by port and context path; the context path starts every site URL in an attribute:
        // href="/blog/static/blog/site.css"; a form's CSRF token is new on every page
        String tomcat = withoutCsrfTokens(fromTomcat.replace("http://127.0.0.1:" + tomcatPort + "/blog/", "http://127.0.0.1:" + embeddedPort + "/")
                .replace("\"/blog/", "\"/"));
        assertThat(tomcat).isEqualTo(withoutCsrfTokens(fromEmbedded));
    }

    private static String withoutCsrfTokens(String page) {
        return page.replaceAll("name=\"csrfmiddlewaretoken\" value=\"[^\"]*\"", "name=\"csrfmiddlewaretoken\" value=\"\"");
    }

    @Test
    void theWarMigratedAndLoadedTheDemoContentAndPrintedTheAdminPasswordOnce() throws Exception {
        String log = Files.readString(BUILD_DIR.resolve("tomcat-it.log"));

        assertThat(log).contains("Applying blog.0001_initial...", "Loaded the demo content");
        assertThat(log.split("Superuser created: username 'admin', password '", -1)).hasSize(2);
        assertThat(get(tomcatUrl("/blog/readyz")).statusCode()).isEqualTo(200);
    }

    @Test
    void postPageIsServedUnderTheContextPathWithItsApprovedComments() throws Exception {
        HttpResponse<String> response = get(tomcatUrl("/blog/2025/01/06/hello-djakarta/"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<h1>Hello, Djakarta</h1>", "<strong>Grace</strong>",
                "action=\"/blog/2025/01/06/hello-djakarta/comment/#comment-form\"", "href=\"/blog/category/releases/\"",
                "<meta property=\"og:url\" content=\"http://127.0.0.1:" + tomcatPort + "/blog/2025/01/06/hello-djakarta/\">");
    }

    @Test
    void draftsAreNotFoundUnderTheContextPath() throws Exception {
        assertThat(get(tomcatUrl("/blog/api/posts/5/")).statusCode()).isEqualTo(404);
        assertThat(get(tomcatUrl("/blog/search/?q=caching")).body()).contains("No posts match your search.");
    }

    @Test
    void commentIsPostedWithTheCsrfTokenHeldForModerationAndThanked() throws Exception {
        String post = "/blog/2025/03/10/markdown-safely/";
        HttpResponse<String> page = get(tomcatUrl(post));
        String csrfCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("csrftoken="))
                .findFirst().orElseThrow();
        String body = page.body();
        int at = body.indexOf("name=\"csrfmiddlewaretoken\" value=\"") + "name=\"csrfmiddlewaretoken\" value=\"".length();
        String token = body.substring(at, body.indexOf('"', at));
        String comment = "name=Ada&email=ada%40example.com&body=%3Cscript%3Ealert(1)%3C%2Fscript%3E+Nice+post";

        HttpResponse<String> forged = send(HttpRequest.newBuilder(tomcatUrl(post + "comment/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(comment)));
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> posted = send(HttpRequest.newBuilder(tomcatUrl(post + "comment/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                .POST(HttpRequest.BodyPublishers.ofString("csrfmiddlewaretoken=" + token + "&" + comment)));

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValue(post + "#comments");
        String messages = posted.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("messages=")).findFirst().orElseThrow();
        String after = send(HttpRequest.newBuilder(tomcatUrl(post)).header("Cookie", messages.substring(0, messages.indexOf(';')))).body();
        assertThat(after).contains("<li class=\"success\">" + BlogViews.COMMENT_THANKS + "</li>")
                .doesNotContain("Nice post", "<script>alert(1)");
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // last: it changes pages the comparison with the embedded server reads
    void aReaderCommentsTheAdminLogsInApprovesItAndEditsACategory() throws Exception {
        new BrowserlessVisit("http://127.0.0.1:" + tomcatPort + "/blog")
                .commentModerateAndEdit(BUILD_DIR.resolve("tomcat-it.log"), "/2025/01/06/hello-djakarta/");
    }

    @Test
    void feedsUseAbsoluteUrlsUnderTheContextPath() throws Exception {
        HttpResponse<String> rss = get(tomcatUrl("/blog/feed/rss/"));

        assertThat(rss.statusCode()).isEqualTo(200);
        assertThat(contentType(rss)).startsWith("application/rss+xml;").containsIgnoringCase("charset=utf-8");
        assertThat(rss.body()).contains("<link>http://127.0.0.1:" + tomcatPort + "/blog/</link>",
                "<link>http://127.0.0.1:" + tomcatPort + "/blog/2025/04/22/djakarta-0-1-is-out/</link>");
    }

    // ---- the servers

    /** A CATALINA_BASE in target/: Tomcat's conf with our ports, empty logs, temp, work, and the WAR as blog.war. */
    private static Path prepareCatalinaBase(int httpPort) throws IOException {
        Path base = BUILD_DIR.resolve("tomcat-base");
        deleteRecursively(base);
        copyDirectory(TOMCAT_HOME.resolve("conf"), base.resolve("conf"));
        for (String dir : List.of("logs", "temp", "webapps", "work")) {
            Files.createDirectories(base.resolve(dir));
        }
        Path serverXml = base.resolve("conf/server.xml");
        Files.writeString(serverXml, withPorts(Files.readString(serverXml), httpPort));
        Files.copy(BLOG_WAR, base.resolve("webapps/blog.war"));
        return base;
    }

    /** The HTTP connector on {@code httpPort} of the loopback interface only; no shutdown port. */
    private static String withPorts(String serverXml, int httpPort) {
        String xml = replaceRequired(serverXml, "<Server port=\"8005\"", "<Server port=\"-1\"");
        return replaceRequired(xml, "<Connector port=\"8080\"", "<Connector address=\"127.0.0.1\" port=\"" + httpPort + "\"");
    }

    private static String replaceRequired(String text, String target, String replacement) {
        if (!text.contains(target)) {
            throw new IllegalStateException("Tomcat's conf/server.xml has no " + target + "; update TomcatDeploymentIT.withPorts");
        }
        return text.replace(target, replacement);
    }

    /**
     * Starts a child JVM with production settings and its own database file, which it migrates and fills with the
     * demo content as it starts; its output (both streams) goes to {@code log}.
     */
    private static Process start(Path log, Path database, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("DJAKARTA_") || name.equals("DATABASE_URL"));
        env.put("DJAKARTA_DEBUG", "false");
        env.put("DJAKARTA_SECRET_KEY", SECRET_KEY);
        env.put("DJAKARTA_ALLOWED_HOSTS", "127.0.0.1,localhost");
        env.put("DJAKARTA_DATABASE_URL", "h2:file:" + database);
        env.put("DJAKARTA_BLOG_AUTO_MIGRATE", "true");
        env.put("DJAKARTA_BLOG_DEMO_CONTENT", "true");
        Process child = builder.start();
        children.add(child);
        return child;
    }

    /**
     * Polls {@code url} until the server answers, and fails with the server's log unless the answer is 200 (or the
     * server dies, or the time runs out). Tomcat opens its connector only after deploying, so its first answer
     * already tells whether the WAR started.
     */
    private static void awaitOk(Process server, URI url, Path log) throws Exception {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        String outcome = "did not answer within " + STARTUP_TIMEOUT.toSeconds() + " s";
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                outcome = "exited with status " + server.exitValue();
                break;
            }
            try {
                int status = get(url).statusCode();
                if (status == 200) {
                    return;
                }
                outcome = "answered " + status;
                break;
            } catch (IOException notReadyYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("The server for " + url + " " + outcome + ". Its log, " + log + ":\n" + Files.readString(log));
    }

    // ---- HTTP

    private static URI tomcatUrl(String path) {
        return URI.create("http://127.0.0.1:" + tomcatPort + path);
    }

    private static URI embeddedUrl(String path) {
        return URI.create("http://127.0.0.1:" + embeddedPort + path);
    }

    private static HttpResponse<String> get(URI url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The status of a GET sent with a chosen Host header, which HttpClient does not let a caller set. */
    private static int statusOfGetWithHost(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", tomcatPort)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    // ---- files and ports

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copyDirectory(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set; run this test with `mvn -pl sample-blog verify`, "
                    + "which passes it from sample-blog/pom.xml");
        }
        return value;
    }

    /** A fresh 64-character key per run: with DEBUG off the site refuses to start without a SECRET_KEY. */
    private static String randomSecretKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
