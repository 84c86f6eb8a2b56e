package dev.djakarta.management;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.conf.Settings;
import dev.djakarta.db.DatabaseConfig;
import dev.djakarta.db.migrations.MakeMigrations;
import dev.djakarta.db.migrations.Migration;
import dev.djakarta.db.migrations.MigrationError;
import dev.djakarta.db.migrations.Migrations;
import dev.djakarta.db.migrations.Progress;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The migration commands: migrate, showmigrations, makemigrations; and runserver's unapplied-migrations warning. */
final class MigrationCommands {
    private MigrationCommands() {
    }

    static List<Command> all() {
        return List.of(new Migrate(), new ShowMigrations(), new MakeMigrationsCommand());
    }

    static List<String> labels(Site site) {
        return site.apps().stream().map(App::label).toList();
    }

    static CommandError notInstalled(CommandContext ctx, String label) {
        return new CommandError("No installed app with label '" + label + "'. Installed apps: " + String.join(", ", labels(ctx.site())));
    }

    static Migrations migrations(CommandContext ctx) {
        return new Migrations(ctx.engine().database(), labels(ctx.site()), ctx.site().getClass().getClassLoader());
    }

    /**
     * Prints Django's warning when the site's database has unapplied migrations (runserver). Never fails: a database
     * that cannot be reached gets one line saying so.
     */
    static void warnUnapplied(Site site, Settings settings, PrintStream out) {
        if (site.apps().stream().allMatch(app -> app.models().isEmpty())) {
            return;
        }
        try {
            List<Migration> unapplied = Migrations.unapplied(DatabaseConfig.from(settings), labels(site), site.getClass().getClassLoader());
            if (!unapplied.isEmpty()) {
                Set<String> apps = new LinkedHashSet<>();
                unapplied.forEach(m -> apps.add(m.app()));
                String nl = System.lineSeparator();
                // one write: runserver prints this from its own thread while the server starts
                out.print("You have " + unapplied.size() + " unapplied migration(s). Your project may not work properly until you "
                        + "apply the migrations for app(s): " + String.join(", ", apps) + "." + nl + "Run 'migrate' to apply them." + nl);
                out.flush();
            }
        } catch (RuntimeException e) {
            out.println("Could not check for unapplied migrations: " + e.getMessage());
        }
    }

    static final class Migrate implements Command {
        public String name() {
            return "migrate";
        }

        public String help() {
            return "Applies pending migrations, apps after the apps they depend on; --run-syncdb creates tables of apps "
                    + "without migrations.";
        }

        public String usage() {
            return "[app_label] [--run-syncdb]";
        }

        public int run(CommandContext ctx, List<String> args, PrintStream out) {
            String label = null;
            boolean sync = false;
            for (String a : args) {
                if (a.equals("--run-syncdb")) {
                    sync = true;
                } else if (a.startsWith("-")) {
                    throw new UsageError("unknown option '" + a + "'");
                } else if (label != null) {
                    throw new UsageError("unexpected argument '" + a + "'");
                } else {
                    label = a;
                }
            }
            Migrations migrations = migrations(ctx);
            if (label != null && !labels(ctx.site()).contains(label)) {
                throw notInstalled(ctx, label);
            }
            List<String> apps = label == null ? migrations.order() : List.of(label);
            List<String> migrated = apps.stream().filter(migrations::isMigrated).toList();
            List<String> unmigrated = apps.stream().filter(a -> !migrations.isMigrated(a) && migrations.hasModels(a)).toList();
            out.println("Operations to perform:");
            if (!migrated.isEmpty()) {
                out.println("  Apply all migrations: " + String.join(", ", migrated));
            }
            if (sync && !unmigrated.isEmpty()) {
                out.println("  Synchronize unmigrated apps: " + String.join(", ", unmigrated));
            }
            out.println("Running migrations:");
            List<Progress.Step> done = new ArrayList<>();
            try {
                migrations.migrate(label, sync, step -> {
                    done.add(step);
                    report(step, ctx.engine().database().vendor().id(), out);
                });
            } catch (MigrationError e) {
                out.println();
                throw new CommandError(e.getMessage(), e);
            }
            if (done.stream().noneMatch(s -> s.kind() == Progress.Kind.APPLIED)) {
                out.println("  No migrations to apply.");
            }
            for (dev.djakarta.App app : ctx.site().apps()) {
                app.migrated(ctx.engine());
            }
            return 0;
        }

        private static void report(Progress.Step step, String vendor, PrintStream out) {
            switch (step.kind()) {
                case APPLYING -> {
                    out.print("  Applying " + step.app() + "." + step.migration() + "...");
                    out.flush();
                }
                case APPLIED, SYNCED -> out.println(" OK");
                case FAILED -> out.println(" FAILED");
                case SYNCING -> {
                    out.print("  Creating tables of " + step.app() + " from its models...");
                    out.flush();
                }
                case SKIPPED -> out.println("  Skipped " + step.app() + ": it has models but no migrations for " + vendor + " ("
                        + step.migration() + "/). Run 'makemigrations " + step.app() + "' to create them, or 'migrate --run-syncdb' "
                        + "to create its tables from the models.");
            }
        }
    }

    static final class ShowMigrations implements Command {
        public String name() {
            return "showmigrations";
        }

        public String help() {
            return "Lists each app's migrations, [X] when applied.";
        }

        public String usage() {
            return "[app_label ...]";
        }

        public int run(CommandContext ctx, List<String> args, PrintStream out) {
            for (String a : args) {
                if (a.startsWith("-")) {
                    throw new UsageError("unknown option '" + a + "'");
                }
                if (!labels(ctx.site()).contains(a)) {
                    throw notInstalled(ctx, a);
                }
            }
            Migrations migrations = migrations(ctx);
            for (String app : migrations.order()) {
                if (!args.isEmpty() && !args.contains(app) || args.isEmpty() && !migrations.isMigrated(app) && !migrations.hasModels(app)) {
                    continue;
                }
                out.println(app);
                List<Migration> list;
                try {
                    list = migrations.list(app);
                } catch (MigrationError e) {
                    throw new CommandError(e.getMessage(), e);
                }
                if (list.isEmpty()) {
                    out.println(" (no migrations)");
                }
                for (Migration m : list) {
                    out.println(" [" + (m.applied() ? "X" : " ") + "] " + m.name());
                }
            }
            return 0;
        }
    }

    static final class MakeMigrationsCommand implements Command {
        public String name() {
            return "makemigrations";
        }

        public String help() {
            return "Writes each app's next migration (SQL for the configured database) from the changes to its models.";
        }

        public String usage() {
            return "[app_label ...] [--name NAME] [--dir DIR (default src/main/resources)]";
        }

        public int run(CommandContext ctx, List<String> args, PrintStream out) {
            List<String> labels = new ArrayList<>();
            String name = null;
            Path root = Path.of("src", "main", "resources");
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--name") || a.equals("-n") || a.equals("--dir")) {
                    if (i + 1 >= args.size()) {
                        throw new UsageError(a + " needs a value");
                    }
                    String value = args.get(++i);
                    if (a.equals("--dir")) {
                        root = Path.of(value);
                    } else {
                        name = value;
                    }
                } else if (a.startsWith("-")) {
                    throw new UsageError("unknown option '" + a + "'");
                } else {
                    labels.add(a);
                }
            }
            MakeMigrations.Result result;
            try {
                result = MakeMigrations.run(ctx.engine().database(), labels(ctx.site()), ctx.site().getClass().getClassLoader(),
                        root, labels, name);
            } catch (MigrationError e) {
                throw new CommandError(e.getMessage(), e);
            }
            for (MakeMigrations.Written w : result.written()) {
                out.println("Migrations for '" + w.app() + "':");
                out.println("  " + shown(w.file()));
                w.statements().forEach(s -> out.println("    - " + s));
            }
            if (result.written().isEmpty() && labels.isEmpty()) {
                out.println("No changes detected");
            } else if (!labels.isEmpty()) {
                result.unchanged().forEach(app -> out.println("No changes detected in app '" + app + "'"));
            }
            if (!result.unowned().isEmpty()) {
                ctx.err().println("Warning: not written, because no app's model maps their table or sequence:");
                result.unowned().forEach(s -> ctx.err().println("    - " + s));
            }
            return 0;
        }

        private static String shown(Path file) {
            Path cwd = Path.of("").toAbsolutePath();
            Path abs = file.toAbsolutePath().normalize();
            return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        }
    }
}
