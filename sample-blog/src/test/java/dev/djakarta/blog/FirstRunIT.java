package dev.djakarta.blog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start, for real: {@code java -jar sample-blog.jar runserver} in an empty working directory,
 * with only the jar's own development settings. The first start creates {@code var/db} there, migrates it, loads the
 * demo content and prints the superuser's random password, which then logs in; the second start prints no password
 * and the first one still works. Run by Failsafe after {@code package}.
 */
class FirstRunIT {
    private static final Path BUILD_DIR = Path.of(System.getProperty("build.directory", "target"));
    private static final Path BLOG_JAR = Path.of(System.getProperty("blog.jar", "target/sample-blog.jar"));
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Pattern PASSWORD = Pattern.compile("Superuser created: username 'admin', password '([A-Za-z0-9]{16})'");
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void firstStartInAnEmptyDirectoryMigratesSeedsAndPrintsALoginPasswordOnce() throws Exception {
        Path work = BUILD_DIR.resolve("first-run-it");
        deleteRecursively(work);
        Files.createDirectories(work);

        String first = runUntilServing(work, "first-start.log", port -> {
            String output = Files.readString(work.resolve("first-start.log"));
            Matcher m = PASSWORD.matcher(output);
            assertThat(m.find()).as(output).isTrue();
            assertThat(output).contains("Applying blog.0001_initial... OK", "Loaded the demo content");
            assertThat(logIn(port, m.group(1))).contains("Logged in as admin", "Djakarta 0.1 is out");
            return m.group(1);
        });
        assertThat(work.resolve("var/db.mv.db")).exists();

        runUntilServing(work, "second-start.log", port -> {
            String output = Files.readString(work.resolve("second-start.log"));
            assertThat(output).doesNotContain("Superuser created", "Applying", "Loaded the demo content");
            assertThat(logIn(port, first)).contains("Logged in as admin");
            return null;
        });
    }

    /** What to check while the server runs, given its port. */
    private interface WhileServing {
        String check(int port) throws Exception;
    }

    /** Starts the jar in {@code work}, waits until it answers, runs {@code check}, stops it. */
    private String runUntilServing(Path work, String logName, WhileServing check) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = work.resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(JAVA.toString(), "-jar", BLOG_JAR.toAbsolutePath().toString(), "runserver",
                "127.0.0.1:" + port, "--noreload").directory(work.toFile()).redirectOutput(log.toFile()).redirectError(work.resolve(logName + ".err").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("DJAKARTA_") || name.equals("DATABASE_URL"));
        Process server = builder.start();
        try {
            awaitServing(server, port, log);
            return check.check(port);
        } finally {
            server.destroy();
            if (!server.waitFor(15, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    private void awaitServing(Process server, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("The blog exited with " + server.exitValue() + ":\n" + Files.readString(log)
                        + Files.readString(Path.of(log + ".err")));
            }
            try {
                if (get(port, "/", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("The blog did not answer within " + STARTUP_TIMEOUT.toSeconds() + " s:\n" + Files.readString(log)
                + Files.readString(Path.of(log + ".err")));
    }

    /** Logs in through the login form (CSRF cookie and token included) and returns the home page as the user sees it. */
    private String logIn(int port, String password) throws Exception {
        HttpResponse<String> form = get(port, "/accounts/login/", null);
        String csrf = cookie(form, "csrftoken");
        String body = form.body();
        String marker = "name=\"csrfmiddlewaretoken\" value=\"";
        int at = body.indexOf(marker) + marker.length();
        String token = body.substring(at, body.indexOf('"', at));
        String fields = "csrfmiddlewaretoken=" + token + "&username=admin&password=" + URLEncoder.encode(password, UTF_8) + "&next=";
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/accounts/login/"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(fields)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        return get(port, "/", cookie(posted, "sessionid")).body();
    }

    private HttpResponse<String> get(int port, String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    /** {@code name=value} of a cookie the response sets. */
    private static String cookie(HttpResponse<?> response, String name) {
        String header = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " cookie in " + response.headers().map()));
        return header.substring(0, header.indexOf(';'));
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
}
