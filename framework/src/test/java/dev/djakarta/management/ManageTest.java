package dev.djakarta.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.testsite.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManageTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> settings, String... args) {
        return Manage.run(new TestSite(), args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), settings);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run(TestSite.production(), "help")).isZero();
        assertThat(out()).contains("runserver").contains("routes").contains("check");
        assertThat(run(TestSite.production())).isZero();
    }

    @Test
    void helpListsTheMigrationAndFixtureCommandsWithTheirUsage() {
        assertThat(run(TestSite.production(), "help")).isZero();
        assertThat(out()).contains("migrate", "usage: migrate [app_label] [--run-syncdb]", "showmigrations", "makemigrations",
                "usage: makemigrations [app_label ...] [--name NAME]", "dumpdata", "usage: loaddata FIXTURE [FIXTURE ...]");
    }

    @Test
    void migrationCommandsOnASiteWithoutModelsSayThereIsNoDatabase() {
        assertThat(run(TestSite.production(), "migrate")).isEqualTo(1);
        assertThat(err().strip()).isEqualTo("Error: This site has no database: no installed app lists models in App.models().");
    }

    @Test
    void unknownCommandPrintsUsageAndExitsNonZero() {
        assertThat(run(TestSite.production(), "migrat")).isEqualTo(2);
        assertThat(err()).contains("Unknown command: 'migrat'").contains("help");
    }

    @Test
    void badFlagsPrintUsageAndExitNonZero() {
        assertThat(run(TestSite.production(), "check", "--deplo")).isEqualTo(2);
        assertThat(err()).contains("unknown option '--deplo'").contains("Usage: check [--deploy]");
        assertThat(run(TestSite.production(), "runserver", "localhost:http")).isEqualTo(2);
        assertThat(run(TestSite.production(), "runserver", "--bogus")).isEqualTo(2);
        assertThat(run(TestSite.production(), "routes", "extra")).isEqualTo(2);
    }

    @Test
    void routesListsEveryPatternWithNameAndView() {
        assertThat(run(TestSite.production(), "routes")).isZero();
        assertThat(out()).contains("/articles/<int:year>/<slug:slug>/").contains("article")
                .contains("/api/items/<uuid:id>/").contains("api:item")
                .contains("dev.djakarta.testsite.TestSite$ThingView").contains("/static/<path>");
    }

    @Test
    void checkPassesForAGoodConfiguration() {
        assertThat(run(TestSite.production(), "check")).isZero();
        assertThat(out()).contains("System check identified no issues");
    }

    @Test
    void checkDeployWarnsAboutDebugWeakKeyAndEmptyHosts() {
        assertThat(run(Map.of("DEBUG", "true", "SECRET_KEY", "short"), "check", "--deploy")).isZero();
        assertThat(out()).contains("security.W018").contains("security.W009").contains("security.W020")
                .contains("security.W004").contains("security.W008").contains("security.W012").contains("security.W016")
                .contains("System check identified 7 issues");
    }

    @Test
    void checkDeployIsCleanForProductionSettings() {
        Map<String, String> s = new HashMap<>(TestSite.production());
        s.put("ALLOWED_HOSTS", "example.com");
        s.put("SECURE_HSTS_SECONDS", "31536000");
        s.put("SECURE_SSL_REDIRECT", "true");
        s.put("SESSION_COOKIE_SECURE", "true");
        s.put("CSRF_COOKIE_SECURE", "true");
        assertThat(run(s, "check", "--deploy")).isZero();
        assertThat(out()).contains("no issues");
    }

    @Test
    void checkDeployWarnsWhenProtectionsAreTakenOut() {
        Map<String, String> s = new HashMap<>(TestSite.production());
        s.put("MIDDLEWARE", "dev.djakarta.middleware.CommonMiddleware");
        assertThat(run(s, "check", "--deploy")).isZero();
        assertThat(out()).contains("security.W001").contains("security.W002").contains("security.W003");
    }

    @Test
    void checkDeployWarnsAboutPerProcessStateWhenSeveralInstancesRun() {
        Map<String, String> s = new HashMap<>(TestSite.production());
        s.put("INSTANCES", "3");
        s.put("MEDIA_ROOT", "/var/uploads");
        assertThat(run(s, "check", "--deploy")).isZero();
        assertThat(out()).contains("djakarta.W101").contains("djakarta.W102").contains("djakarta.W103").contains("djakarta.W104");
    }

    @Test
    void aBadSettingIsOneLineAndExitCodeOne() {
        assertThat(run(Map.of("DEBUG", "false", "SECRET_KEY", "k", "DATA_UPLOAD_MAX_NUMBER_FIELDS", "many"), "check")).isEqualTo(1);
        assertThat(err().strip()).startsWith("Error: Setting DATA_UPLOAD_MAX_NUMBER_FIELDS has invalid value 'many'")
                .doesNotContain("\n").doesNotContain("at dev.djakarta");
    }

    @Test
    void runserverOnABusyPortIsOneClearLine() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int code = run(TestSite.production(), "runserver", "127.0.0.1:" + busy.getLocalPort(), "--noreload");
            assertThat(code).isEqualTo(1);
            assertThat(err().strip()).isEqualTo("Error: That port is already in use (127.0.0.1:" + busy.getLocalPort()
                    + "). Stop the other server or pick another port: runserver 127.0.0.1:" + (busy.getLocalPort() + 1));
        }
    }
}
