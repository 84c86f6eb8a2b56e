package dev.djakarta.management;

import dev.djakarta.conf.Check;
import dev.djakarta.conf.DeployChecks;
import dev.djakarta.conf.Settings;
import dev.djakarta.server.DevReloader;
import dev.djakarta.server.EmbeddedServer;
import dev.djakarta.server.Engine;
import dev.djakarta.server.FrontController;
import dev.djakarta.server.Warmup;
import dev.djakarta.urls.Resolver;
import jakarta.servlet.http.HttpServlet;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The framework's own commands: help, runserver, routes, check, and the migration and fixture commands. */
final class BuiltinCommands {
    private BuiltinCommands() {
    }

    static List<Command> all() {
        List<Command> all = new ArrayList<>(List.of(new Help(), new RunServer(), new RoutesCommand(), new CheckCommand(),
                new dev.djakarta.staticfiles.CollectStatic()));
        all.addAll(MigrationCommands.all());
        all.addAll(FixtureCommands.all());
        return List.copyOf(all);
    }

    static final class Help implements Command {
        public String name() {
            return "help";
        }

        public String help() {
            return "Lists the commands.";
        }

        public int run(CommandContext ctx, List<String> args, PrintStream out) {
            out.println("Usage: java -jar <site>.jar <command> [options]");
            out.println();
            out.println("Commands of " + ctx.site().getClass().getName() + ":");
            for (Command c : ctx.commands()) {
                out.printf("  %-16s %s%n", c.name(), c.help());
                if (!c.usage().isEmpty()) {
                    out.printf("  %-16s   usage: %s %s%n", "", c.name(), c.usage());
                }
            }
            out.println();
            out.println("Settings come from settings.properties and DJAKARTA_<NAME> environment variables.");
            return 0;
        }
    }

    static final class RunServer implements Command {
        public String name() {
            return "runserver";
        }

        public String help() {
            return "Starts the embedded Jetty server (127.0.0.1:8000 by default), reloading when classes change.";
        }

        public String usage() {
            return "[[host:]port] [--noreload]";
        }

        public int run(CommandContext ctx, List<String> args, PrintStream out) throws Exception {
            String host = "127.0.0.1";
            int port = 8000;
            boolean reload = true;
            boolean addrSeen = false;
            for (String a : args) {
                if (a.equals("--noreload")) {
                    reload = false;
                } else if (a.startsWith("-")) {
                    throw new UsageError("unknown option '" + a + "'");
                } else if (addrSeen) {
                    throw new UsageError("unexpected argument '" + a + "'");
                } else {
                    addrSeen = true;
                    int colon = a.lastIndexOf(':');
                    if (colon >= 0 && !(a.startsWith("[") && a.endsWith("]"))) {
                        host = a.substring(0, colon);
                        if (host.startsWith("[") && host.endsWith("]")) {
                            host = host.substring(1, host.length() - 1);
                        }
                        port = parsePort(a.substring(colon + 1), a);
                    } else {
                        port = parsePort(a, a);
                    }
                    if (host.isEmpty()) {
                        throw new UsageError("'" + a + "' has no host before ':'");
                    }
                }
            }
            Settings settings = Settings.load(ctx.site().getClass().getClassLoader(), ctx.overrides());
            int threads = settings.integer("SERVER_MAX_THREADS", 200);
            long stop = settings.integer("SERVER_STOP_TIMEOUT", 10) * 1000L;
            List<Path> dirs = reload ? DevReloader.classDirectories() : List.of();
            DevReloader reloader = null;
            HttpServlet servlet;
            Engine engine = null;
            if (!dirs.isEmpty()) {
                reloader = new DevReloader(dirs, ctx.site().getClass().getName(), ctx.overrides(),
                        ctx.site().getClass().getClassLoader());
                servlet = reloader.load();
            } else {
                Warmup.startBeforeBoot();
                engine = ctx.engine();
                servlet = new FrontController(engine);
            }
            if (engine != null) {
                Warmup.start(engine);
            }
            // after the site started, as Django checks migrations once the apps are ready (an app may migrate in ready()),
            // but beside the server's start rather than before it: it opens a connection and reads every app's history
            Thread migrationCheck = new Thread(() -> MigrationCommands.warnUnapplied(ctx.site(), settings, out), "djakarta-migration-check");
            migrationCheck.setDaemon(true);
            migrationCheck.start();
            EmbeddedServer server;
            try {
                String log = settings.string("ACCESS_LOG", "text");
                if (!log.equals("text") && !log.equals("json") && !log.equals("off")) {
                    throw settings.invalid("ACCESS_LOG", "expected text, json or off");
                }
                server = EmbeddedServer.start(host, port, servlet, threads, stop, log);
            } catch (EmbeddedServer.PortInUse e) {
                migrationCheck.join();
                ctx.err().println("Error: " + e.getMessage());
                servlet.destroy();
                return 1;
            }
            String shown = host.contains(":") ? "[" + host + "]" : host;
            synchronized (out) {   // not interleaved with the migration check's warning
                out.println("Djakarta site " + ctx.site().getClass().getName() + (settings.bool("DEBUG") ? " (DEBUG on)" : ""));
                out.println("Starting server at http://" + shown + ":" + server.port() + "/ ("
                        + (server.usesVirtualThreads() ? "virtual threads" : "up to " + threads + " threads") + ")");
                out.println(reloader != null ? "Reloading when classes change under " + dirs + "." : "Reloading is off.");
                out.println("Quit the server with CONTROL-C.");
                out.flush();
            }
            if (reloader != null) {
                reloader.watch(server, 500);
            }
            server.join();
            return 0;
        }

        private static int parsePort(String s, String arg) {
            try {
                int p = Integer.parseInt(s);
                if (p < 0 || p > 65535) {
                    throw new NumberFormatException();
                }
                return p;
            } catch (NumberFormatException e) {
                throw new UsageError("'" + arg + "' is not a valid port number or address:port pair");
            }
        }
    }

    static final class RoutesCommand implements Command {
        public String name() {
            return "routes";
        }

        public String help() {
            return "Lists every URL pattern with its name and view, in matching order.";
        }

        public int run(CommandContext ctx, List<String> args, PrintStream out) {
            if (!args.isEmpty()) {
                throw new UsageError("routes takes no arguments");
            }
            Engine engine = ctx.engine();
            List<Resolver.RouteInfo> routes = engine.resolver().routes();
            int width = 10;
            for (Resolver.RouteInfo r : routes) {
                width = Math.max(width, r.pattern().length() + 1);
            }
            for (Resolver.RouteInfo r : routes) {
                out.printf("%-" + (width + 1) + "s %-28s %s%n", "/" + r.pattern(), r.name() == null ? "-" : r.name(), r.view());
            }
            if (engine.staticFiles().url().startsWith("/")) {
                out.printf("%-" + (width + 1) + "s %-28s %s%n", engine.staticFiles().url() + "<path>", "-", "static files");
            }
            return 0;
        }
    }

    static final class CheckCommand implements Command {
        public String name() {
            return "check";
        }

        public String help() {
            return "Checks the settings and routes; --deploy adds production warnings.";
        }

        public String usage() {
            return "[--deploy]";
        }

        public int run(CommandContext ctx, List<String> args, PrintStream out) {
            boolean deploy = false;
            for (String a : args) {
                if (a.equals("--deploy")) {
                    deploy = true;
                } else {
                    throw new UsageError("unknown option '" + a + "'");
                }
            }
            Settings settings = Settings.load(ctx.site().getClass().getClassLoader(), ctx.overrides());
            List<Check> found = new ArrayList<>();
            if (deploy) {
                found.addAll(DeployChecks.run(settings));
                // Deployment is checked as production runs: with DEBUG off a SECRET_KEY is required to boot.
                if (settings.string("SECRET_KEY").isEmpty() && !settings.bool("DEBUG")) {
                    found.add(Check.error("security.E100", "SECRET_KEY is empty; the site will not start with DEBUG off.",
                            "Set DJAKARTA_SECRET_KEY."));
                } else {
                    ctx.engine();
                }
            } else {
                ctx.engine(); // boots: every setting, route and middleware is validated
            }
            long errors = found.stream().filter(c -> c.level() == Check.Level.ERROR).count();
            if (found.isEmpty()) {
                out.println("System check identified no issues (0 silenced).");
                return 0;
            }
            out.println(errors > 0 ? "SystemCheckError: System check identified some issues:" : "System check identified some issues:");
            out.println();
            for (Check c : found) {
                out.println((c.level() == Check.Level.ERROR ? "ERRORS: " : "WARNINGS: ") + c);
            }
            out.println();
            out.println("System check identified " + found.size() + " issue" + (found.size() == 1 ? "" : "s") + " (0 silenced).");
            return errors > 0 ? 1 : 0;
        }
    }
}
