package dev.djakarta.management;

import dev.djakarta.App;
import dev.djakarta.db.fixtures.FixtureError;
import dev.djakarta.db.fixtures.Fixtures;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fixture commands: dumpdata and loaddata (Django's JSON fixture format). */
final class FixtureCommands {
    private FixtureCommands() {
    }

    static List<Command> all() {
        return List.of(new DumpData(), new LoadData());
    }

    static Fixtures fixtures(CommandContext ctx) {
        return new Fixtures(ctx.engine().database(), models(ctx.site().apps()), ctx.site().getClass().getClassLoader());
    }

    static final class DumpData implements Command {
        public String name() {
            return "dumpdata";
        }

        public String help() {
            return "Writes the objects of every model (or of the given apps and models) as a JSON fixture.";
        }

        public String usage() {
            return "[app_label[.Model] ...] [--indent N] [--output FILE]";
        }

        public int run(CommandContext ctx, List<String> args, PrintStream out) throws IOException {
            List<String> selectors = new ArrayList<>();
            int indent = 0;
            Path output = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--indent") || a.equals("--output") || a.equals("-o")) {
                    if (i + 1 >= args.size()) {
                        throw new UsageError(a + " needs a value");
                    }
                    String value = args.get(++i);
                    if (a.equals("--indent")) {
                        indent = indent(value);
                    } else {
                        output = Path.of(value);
                    }
                } else if (a.startsWith("-")) {
                    throw new UsageError("unknown option '" + a + "'");
                } else {
                    selectors.add(a);
                }
            }
            Fixtures fixtures = fixtures(ctx);
            try {
                if (output == null) {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    fixtures.dump(selectors, indent, writer);
                    writer.write("\n");
                    writer.flush();
                } else {
                    try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                        fixtures.dump(selectors, indent, writer);
                        writer.write("\n");
                    }
                }
            } catch (FixtureError e) {
                throw new CommandError(e.getMessage(), e);
            }
            return 0;
        }

        private static int indent(String value) {
            try {
                int n = Integer.parseInt(value);
                if (n < 0 || n > 16) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new UsageError("--indent needs a number of spaces from 0 to 16, got '" + value + "'");
            }
        }
    }

    static final class LoadData implements Command {
        public String name() {
            return "loaddata";
        }

        public String help() {
            return "Saves the objects of JSON fixtures (files, or names found in fixtures/ on the classpath) in one transaction.";
        }

        public String usage() {
            return "FIXTURE [FIXTURE ...]";
        }

        public int run(CommandContext ctx, List<String> args, PrintStream out) {
            for (String a : args) {
                if (a.startsWith("-")) {
                    throw new UsageError("unknown option '" + a + "'");
                }
            }
            if (args.isEmpty()) {
                throw new UsageError("name at least one fixture, e.g. loaddata demo (finds fixtures/demo.json) or loaddata data/demo.json");
            }
            try {
                Fixtures.Loaded loaded = fixtures(ctx).load(args);
                out.println("Installed " + loaded.objects() + " object(s) from " + loaded.fixtures() + " fixture(s)");
            } catch (FixtureError e) {
                throw new CommandError(e.getMessage(), e);
            }
            return 0;
        }
    }

    /** The models of the site's apps, in installed order. */
    static List<Class<?>> models(List<App> apps) {
        return apps.stream().flatMap(app -> app.models().stream()).toList();
    }
}
