package dev.djakarta.db.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.db.migrations.shop.ShopSite;
import dev.djakarta.management.Manage;
import dev.djakarta.server.Engine;
import dev.djakarta.urls.Routes;
import dev.djakarta.testmodels.ModelsSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration commands' behaviour beyond the round trip, on H2: apps without migrations, order, failures. */
class MigrateCommandTest {
    @TempDir
    Path work;

    private final Map<String, String> settings = Map.of("DEBUG", "true", "DATABASE_URL", "h2:mem:migrate_" + UUID.randomUUID());

    private GeneratedSite.Run manage(dev.djakarta.Site site, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Manage.run(site, args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                settings);
        return new GeneratedSite.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void migrateSkipsAnAppWithoutMigrationsAndSaysHowToCreateThem() {
        GeneratedSite.Run run = manage(new ModelsSite(), "migrate");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Skipped blog: it has models but no migrations for h2 (migrations/blog/h2/). "
                + "Run 'makemigrations blog' to create them, or 'migrate --run-syncdb' to create its tables from the models.")
                .contains("No migrations to apply.");
        assertThat(manage(new ModelsSite(), "showmigrations").out()).isEqualTo("blog\n (no migrations)\n");
    }

    @Test
    void migrateWithRunSyncdbCreatesTheTablesOfAnAppWithoutMigrations() {
        GeneratedSite.Run run = manage(new ModelsSite(), "migrate", "--run-syncdb");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Synchronize unmigrated apps: blog").contains("Creating tables of blog from its models... OK");
        assertThat(manage(new ModelsSite(), "migrate", "--run-syncdb").code()).isZero();
        assertThat(manage(new ModelsSite(), "makemigrations", "--dir", work.toString()).out()).contains("V0001__initial.sql");
    }

    @Test
    void appsMigrateAfterTheAppsTheirTablesReference() throws Exception {
        Path root = work.resolve("resources");
        GeneratedSite site = GeneratedSite.compile(work, root, Map.of("shelf", List.of("Shelf"), "library", List.of("Author")), Map.of(
                "Author", "@Entity public class Author { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; String name; }",
                "Shelf", "@Entity public class Shelf { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; @ManyToOne Author owner; }"));
        assertThat(site.manage(settings, "makemigrations", "--dir", root.toString(), "--name", "start").code()).isZero();
        assertThat(Files.readString(root.resolve("migrations/shelf/h2/V0001__start.sql"))).contains("create table shelf_shelf")
                .contains("references library_author").doesNotContain("create table library_author");

        GeneratedSite.Run run = site.manage(settings, "migrate", "shelf");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).containsSubsequence("Applying library.0001_start... OK", "Applying shelf.0001_start... OK");
    }

    @Test
    void aMigrationChangedAfterItWasAppliedIsRefused() throws Exception {
        Path root = work.resolve("resources");
        Path file = root.resolve("migrations/library/h2/V0001__notes.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "create table library_note (id int primary key);\n");
        GeneratedSite site = GeneratedSite.compile(work, root, Map.of("library", List.of("Author")), Map.of(
                "Author", "@Entity public class Author { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; String name; }"));
        assertThat(site.manage(settings, "migrate").out()).contains("Applying library.0001_notes... OK");

        Files.writeString(file, "create table library_note (id int primary key, body varchar(10));\n");
        GeneratedSite.Run run = site.manage(settings, "migrate");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: Applying the migrations of app 'library' failed:").contains("checksum mismatch");
    }

    @Test
    void aFailingMigrationNamesTheAppTheMigrationAndTheStatement() throws Exception {
        Path root = work.resolve("resources");
        Files.createDirectories(root.resolve("migrations/library/h2"));
        Files.writeString(root.resolve("migrations/library/h2/V0001__broken.sql"), "create tabel oops (id int);\n");
        GeneratedSite site = GeneratedSite.compile(work, root, Map.of("library", List.of("Author")), Map.of(
                "Author", "@Entity public class Author { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; String name; }"));
        GeneratedSite.Run run = site.manage(settings, "migrate");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("Applying library.0001_broken... FAILED");
        assertThat(run.err()).startsWith("Error: Applying the migrations of app 'library' failed:").contains("V0001__broken.sql")
                .contains("create tabel oops").doesNotContain("\tat ");
    }

    @Test
    void migrateRejectsAnAppThatIsNotInstalled() {
        GeneratedSite.Run run = manage(new ModelsSite(), "migrate", "blgo");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("Error: No installed app with label 'blgo'. Installed apps: blog");
    }

    @Test
    void makemigrationsRejectsANameThatCannotBeAFileName() {
        GeneratedSite.Run run = manage(new ModelsSite(), "makemigrations", "--name", "add tags!", "--dir", work.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("The migration name 'add tags!' must be letters, digits and underscores");
    }

    @Test
    void runserverWarnsAboutUnappliedMigrations() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            GeneratedSite.Run run = manage(new ShopSite(), "runserver", "127.0.0.1:" + busy.getLocalPort(), "--noreload");
            assertThat(run.out()).contains("You have 2 unapplied migration(s). Your project may not work properly until you apply "
                    + "the migrations for app(s): shop.\nRun 'migrate' to apply them.\n");
        }
        assertThat(manage(new ShopSite(), "migrate").out()).contains("Applying shop.0001_initial... OK", "Applying shop.0002_featured_label... OK");
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            GeneratedSite.Run run = manage(new ShopSite(), "runserver", "127.0.0.1:" + busy.getLocalPort(), "--noreload");
            assertThat(run.out()).doesNotContain("unapplied");
        }
    }

    @Test
    void runserverDoesNotWarnAboutMigrationsAnAppAppliedWhenReady() throws Exception {
        App shop = new ShopSite.ShopApp();
        Site migratesWhenReady = new Site() {
            @Override
            public List<App> apps() {
                return List.of(new App() {
                    public String label() {
                        return shop.label();
                    }

                    public List<Class<?>> models() {
                        return shop.models();
                    }

                    public void ready(Engine engine) {
                        new Migrations(engine.database(), List.of("shop"), ShopSite.class.getClassLoader()).migrate(null, false, Progress.NONE);
                    }
                });
            }

            @Override
            public Routes routes() {
                return Routes.of();
            }
        };
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            GeneratedSite.Run run = manage(migratesWhenReady, "runserver", "127.0.0.1:" + busy.getLocalPort(), "--noreload");
            assertThat(run.out()).doesNotContain("unapplied");
        }
        assertThat(manage(new ShopSite(), "showmigrations").out()).contains("[X] 0001_initial", "[X] 0002_featured_label");
    }
}
