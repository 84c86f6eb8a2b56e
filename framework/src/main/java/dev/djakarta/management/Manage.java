package dev.djakarta.management;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.conf.ImproperlyConfigured;
import dev.djakarta.conf.Settings;
import dev.djakarta.server.SiteLoader;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line entry point, Django's manage.py: {@code java -jar site.jar <command> [args]}. Finds the Site
 * (SITE setting or META-INF/services), collects the built-in commands and those of the site and its apps, and
 * runs one. Unknown commands and bad arguments print usage and exit 2; a bad setting prints one line and exits 1.
 */
public final class Manage {
    private Manage() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, Map.of());
        if (code != 0 || !isLongRunning(args)) {
            System.exit(code);
        }
    }

    private static boolean isLongRunning(String[] args) {
        return args.length > 0 && args[0].equals("runserver");
    }

    /** Runs a command and returns its exit code (the testable core of {@link #main}). */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> overrides) {
        Site site;
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Settings settings = Settings.load(loader, overrides);
            site = SiteLoader.find(loader, settings.string("SITE"));
            if (site == null) {
                err.println("Error: no Site found. Register your Site subclass in META-INF/services/dev.djakarta.Site "
                        + "or set DJAKARTA_SITE to its class name.");
                return 1;
            }
        } catch (ImproperlyConfigured e) {
            err.println("Error: " + e.getMessage());
            return 1;
        }
        return run(site, args, out, err, overrides);
    }

    /** Runs a command against an explicit Site, reading answers from standard input. */
    public static int run(Site site, String[] args, PrintStream out, PrintStream err, Map<String, String> overrides) {
        return run(site, args, System.in, out, err, overrides);
    }

    /** Runs a command against an explicit Site, reading interactive answers from {@code in}. */
    public static int run(Site site, String[] args, java.io.InputStream in, PrintStream out, PrintStream err,
                          Map<String, String> overrides) {
        Map<String, Command> commands = new LinkedHashMap<>();
        List<Command> all = new ArrayList<>(BuiltinCommands.all());
        all.addAll(site.commands());
        for (App app : site.apps()) {
            all.addAll(app.commands());
        }
        for (Command c : all) {
            commands.put(c.name(), c);
        }
        CommandContext context = new CommandContext(site, overrides, List.copyOf(commands.values()), err);
        context.input(in);
        String name = args.length == 0 ? "help" : args[0];
        List<String> rest = args.length == 0 ? List.of() : List.of(args).subList(1, args.length);
        Command command = commands.get(name);
        if (command == null) {
            err.println("Unknown command: '" + name + "'");
            err.println("Type 'help' for the list of commands.");
            return 2;
        }
        try {
            return command.run(context, rest, out);
        } catch (UsageError e) {
            err.println("Error: " + e.getMessage());
            err.println("Usage: " + name + (command.usage().isEmpty() ? "" : " " + command.usage()));
            return 2;
        } catch (ImproperlyConfigured | CommandError e) {
            err.println("Error: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("Error: " + name + " failed: " + e);
            e.printStackTrace(err);
            return 1;
        } finally {
            if (!name.equals("runserver")) {
                context.close();
            }
        }
    }
}
