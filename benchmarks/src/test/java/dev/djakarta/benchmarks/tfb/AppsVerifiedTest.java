package dev.djakarta.benchmarks.tfb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.benchmarks.tfb.djakarta.ServerHeader;
import dev.djakarta.benchmarks.tfb.djakarta.TfbSite;
import dev.djakarta.benchmarks.tfb.raw.RawServer;
import dev.djakarta.conf.Settings;
import dev.djakarta.server.EmbeddedServer;
import dev.djakarta.server.Engine;
import dev.djakarta.server.FrontController;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Both benchmark apps, started in-process on free ports with their own in-memory H2 databases, pass every check
 * run.sh makes before measuring (see {@link Verifier}); and {@code /updates} is read back from the database itself.
 */
class AppsVerifiedTest {
    private static final String SECRET = "tfb-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz";
    private static final Pattern ROW = Pattern.compile("\\{\"id\":(\\d+),\"randomNumber\":(\\d+)}");

    @Test
    void djakartaAppWithTheDefaultMiddlewarePassesEveryCheck() throws Exception {
        try (Engine engine = Engine.boot(new TfbSite(), djakartaSettings(Map.of()));
             EmbeddedServer server = EmbeddedServer.start("127.0.0.1", 0, new FrontController(engine), 50, 500)) {
            assertThat(engine.middleware()).hasSize(8);
            URI base = URI.create("http://127.0.0.1:" + server.port());
            assertPasses(new Verifier(base, ExpectedFortunes.html()).verifyAll(List.of("/fortunes")));
            assertUpdatesAreInTheDatabase(base, engine.database().dataSource());
        }
    }

    @Test
    void djakartaAppWithTrimmedMiddlewarePassesEveryCheck() throws Exception {
        Map<String, String> trimmed = Map.of("MIDDLEWARE", ServerHeader.class.getName());
        try (Engine engine = Engine.boot(new TfbSite(), djakartaSettings(trimmed));
             EmbeddedServer server = EmbeddedServer.start("127.0.0.1", 0, new FrontController(engine), 50, 500)) {
            assertThat(engine.middleware()).singleElement().isInstanceOf(ServerHeader.class);
            assertPasses(new Verifier(URI.create("http://127.0.0.1:" + server.port()), ExpectedFortunes.html())
                    .verifyAll(List.of("/fortunes")));
        }
    }

    @Test
    void rawBaselinePassesEveryCheckAndItsHandWrittenFortunesAreExact() throws Exception {
        RawServer.Options o = RawServer.Options.defaults();
        RawServer.Options options = new RawServer.Options("127.0.0.1", 0, "jdbc:h2:mem:raw-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "", 4, 50, true);
        assertThat(o.pool()).isEqualTo(Integer.parseInt(frameworkDefault("DATABASE_POOL_SIZE").get(0)));
        try (RawServer server = RawServer.start(options)) {
            URI base = URI.create("http://127.0.0.1:" + server.port());
            Verifier verifier = new Verifier(base, ExpectedFortunes.html()).verifyAll(List.of("/fortunes", "/fortunes-thymeleaf"));
            assertPasses(verifier);
            assertThat(verifier.passed()).anyMatch(line -> line.startsWith("GET /fortunes: equals the reference page exactly"));
            assertUpdatesAreInTheDatabase(base, server.dataSource());
        }
    }

    @Test
    void theDjakartaAppRunsTheFrameworkDefaultMiddlewareBehindServerHeader() {
        List<String> app = Settings.load(TfbSite.class.getClassLoader(), Map.of()).list("MIDDLEWARE");
        List<String> expected = new ArrayList<>(List.of(ServerHeader.class.getName()));
        expected.addAll(frameworkDefault("MIDDLEWARE"));
        if (System.getenv("DJAKARTA_MIDDLEWARE") == null) {
            assertThat(app).isEqualTo(expected);
        }
    }

    @Test
    void theCommittedReferencePageIsACopyOfTheSharedOne() throws Exception {
        if (Files.isRegularFile(ExpectedFortunes.shared())) {
            assertThat(ExpectedFortunes.committedCopy()).isEqualTo(Files.readString(ExpectedFortunes.shared(), StandardCharsets.UTF_8));
        } else {
            System.err.println("shared/bench/expected-fortunes.html is not beside the repository; the committed copy is used");
        }
    }

    /**
     * A setting's value in the framework's defaults.properties alone. (Settings.of also reads the settings.properties
     * on the classpath, here the benchmark site's own.)
     */
    private static List<String> frameworkDefault(String name) {
        java.util.Properties defaults = new java.util.Properties();
        try (java.io.InputStream in = Settings.class.getResourceAsStream("defaults.properties")) {
            defaults.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Settings.of(Map.of(name, defaults.getProperty(name))).list(name);
    }

    private static Map<String, String> djakartaSettings(Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(Map.of(
                "DEBUG", "false",
                "SECRET_KEY", SECRET,
                "ALLOWED_HOSTS", "127.0.0.1,localhost",
                "DATABASE_URL", "h2:mem:tfb-" + UUID.randomUUID(),
                "DATABASE_USER", "",
                "DATABASE_POOL_SIZE", "4",
                "TFB_CREATE_TABLES", "true"));
        s.putAll(extra);
        return s;
    }

    private static void assertPasses(Verifier verifier) {
        assertThat(verifier.failures()).as("verifier failures (passed: %s)", verifier.passed()).isEmpty();
        assertThat(verifier.passed()).hasSize(7 + (int) verifier.passed().stream().filter(l -> l.startsWith("GET /fortunes-")).count());
    }

    /** {@code /updates?queries=20}: each row the response shows is the row the database now holds. */
    private static void assertUpdatesAreInTheDatabase(URI base, DataSource dataSource) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.resolve("/updates?queries=20")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = ROW.matcher(response.body());
        int rows = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT randomnumber FROM world WHERE id = ?")) {
            while (m.find()) {
                rows++;
                select.setInt(1, Integer.parseInt(m.group(1)));
                try (ResultSet rs = select.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).as("world %s", m.group(1)).isEqualTo(Integer.parseInt(m.group(2)));
                }
            }
        }
        assertThat(rows).isEqualTo(20);
    }
}
