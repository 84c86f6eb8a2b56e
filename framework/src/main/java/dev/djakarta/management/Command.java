package dev.djakarta.management;

import java.io.PrintStream;
import java.util.List;

/**
 * A management command, run as {@code java -jar site.jar <name> [args]}: Django's BaseCommand.
 */
public interface Command {
    /** The name typed on the command line ({@code "runserver"}). */
    String name();

    /** One line for {@code help}. */
    String help();

    /** Usage after the name, e.g. {@code "[addrport] [--noreload]"}; empty when the command takes no arguments. */
    default String usage() {
        return "";
    }

    /**
     * Runs the command.
     *
     * @return the process exit code (0 for success)
     * @throws UsageError for unknown flags or wrong arguments: printed with the usage, exit code 2
     */
    int run(CommandContext context, List<String> args, PrintStream out) throws Exception;
}
