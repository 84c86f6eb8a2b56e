package dev.djakarta.blog;

import dev.djakarta.App;
import dev.djakarta.auth.Auth;
import dev.djakarta.auth.User;
import dev.djakarta.conf.Settings;
import dev.djakarta.db.Database;
import dev.djakarta.db.Vendor;
import dev.djakarta.db.fixtures.Fixtures;
import dev.djakarta.db.migrations.Migrations;
import dev.djakarta.server.Engine;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the blog does when it starts in development, so that {@code java -jar sample-blog.jar runserver} shows a
 * working blog with nothing else to run:
 *
 * <ol>
 *   <li>{@code BLOG_AUTO_MIGRATE}: applies pending migrations, as {@code migrate} would (printing each).</li>
 *   <li>{@code BLOG_DEMO_CONTENT}: on a fresh database (no user and no post yet), loads the {@code blog_demo}
 *       fixture (categories, tags, posts, comments and the superuser {@code admin}) and gives {@code admin} a random
 *       password, printed once. Later starts find the users and change nothing.</li>
 * </ol>
 *
 * Left empty, both are on in development: DEBUG on and the embedded H2 database (so {@code makemigrations} pointed at
 * a PostgreSQL or MariaDB server leaves that server alone). Production (DEBUG off) runs {@code migrate} and
 * {@code createsuperuser} itself, as with Django, or sets them explicitly. A failure is printed and the site starts anyway: it then answers
 * with errors until the database is fixed, like any Djakarta site whose database is unreachable.
 */
final class FirstRun {
    static final String AUTO_MIGRATE = "BLOG_AUTO_MIGRATE";
    static final String DEMO_CONTENT = "BLOG_DEMO_CONTENT";
    static final String FIXTURE = "blog_demo";
    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstRun.class);
    /** No 0/O, 1/l/I: the password is read off a terminal. */
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private FirstRun() {
    }

    /** Runs the steps the settings ask for, printing what it did to {@code out}. */
    static void run(Engine engine, PrintStream out) {
        Settings settings = engine.settings();
        boolean development = engine.debug() && engine.database().vendor() == Vendor.H2;
        boolean migrate = flag(settings, AUTO_MIGRATE, development);
        boolean demo = flag(settings, DEMO_CONTENT, development);
        if (!migrate && !demo) {
            return;
        }
        List<String> labels = engine.site().apps().stream().map(App::label).toList();
        Migrations migrations = new Migrations(engine.database(), labels, engine.site().getClass().getClassLoader());
        try {
            if (migrate) {
                migrate(engine, migrations, out);
            }
            if (demo) {
                if (migrations.unapplied().isEmpty()) {
                    seed(engine, out);
                } else {
                    out.println("Demo content not loaded: the database has unapplied migrations. Run 'migrate' first.");
                }
            }
        } catch (RuntimeException e) {   // a MigrationError, or the database refusing a query
            out.println("Setting up the database at start-up failed: " + e.getMessage());
            out.println("The site starts anyway; fix the database, then run 'migrate'.");
            log.error("First-run setup failed", e);
        } finally {
            engine.database().endUnitOfWork();
        }
        out.flush();
    }

    /** An empty value means {@code fallback}. */
    private static boolean flag(Settings settings, String name, boolean fallback) {
        return settings.string(name).isEmpty() ? fallback : settings.bool(name);
    }

    private static void migrate(Engine engine, Migrations migrations, PrintStream out) {
        int[] applied = {0};
        migrations.migrate(null, false, step -> {
            switch (step.kind()) {
                case APPLYING -> {
                    if (applied[0]++ == 0) {
                        out.println("Applying migrations (" + AUTO_MIGRATE + "):");
                    }
                    out.print("  Applying " + step.app() + "." + step.migration() + "...");
                }
                case APPLIED -> out.println(" OK");
                case FAILED -> out.println(" FAILED");
                default -> { }
            }
        });
        if (applied[0] > 0) {
            for (App app : engine.site().apps()) {
                app.migrated(engine);   // post_migrate: the auth app creates the permissions
            }
        }
    }

    private static void seed(Engine engine, PrintStream out) {
        if (User.objects().exists() || Post.objects().exists()) {
            return;
        }
        Database db = engine.database();
        String password = randomPassword(16);
        List<Class<?>> models = engine.site().apps().stream().flatMap(app -> app.models().stream()).toList();
        Fixtures.Loaded loaded = db.atomic(() -> {
            Fixtures.Loaded l = new Fixtures(db, models, engine.site().getClass().getClassLoader()).load(List.of(FIXTURE));
            User admin = User.objects().get("username", ADMIN);
            Auth.setPassword(engine, admin, password);
            User.objects().save(admin);
            return l;
        });
        out.println("Loaded the demo content (" + loaded.objects() + " objects from fixtures/" + FIXTURE + ".json).");
        out.println();
        out.println("  Superuser created: username '" + ADMIN + "', password '" + password + "'");
        out.println("  This password is shown only once. Log in at " + engine.reverse("login")
                + " and change it at " + engine.reverse("password_change") + ".");
        out.println();
    }

    static String randomPassword(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }
}
