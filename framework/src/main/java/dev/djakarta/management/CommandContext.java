package dev.djakarta.management;

import dev.djakarta.Site;
import dev.djakarta.server.Engine;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** What a command runs against: the Site, the engine (booted on first use), the other commands, stderr. */
public final class CommandContext {
    private final Site site;
    private final Map<String, String> overrides;
    private final List<Command> commands;
    private final PrintStream err;
    private Engine engine;
    private java.io.BufferedReader input;

    CommandContext(Site site, Map<String, String> overrides, List<Command> commands, PrintStream err) {
        this.site = site;
        this.overrides = overrides;
        this.commands = commands;
        this.err = err;
    }

    public Site site() {
        return site;
    }

    /** The engine, booted on first call. @throws dev.djakarta.conf.ImproperlyConfigured on a bad setting */
    public synchronized Engine engine() {
        if (engine == null) {
            engine = Engine.boot(site, overrides);
        }
        return engine;
    }

    /** Setting overrides given to the CLI (tests use them; the environment covers normal use). */
    public Map<String, String> overrides() {
        return overrides;
    }

    public List<Command> commands() {
        return commands;
    }

    public PrintStream err() {
        return err;
    }

    /** Where interactive commands read answers (standard input unless a test supplies one). */
    void input(java.io.InputStream in) {
        this.input = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Asks a question on stderr and reads one line; null at end of input. */
    public String ask(String prompt) {
        err.print(prompt);
        err.flush();
        try {
            return input == null ? null : input.readLine();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Like {@link #ask} without echo when a terminal is attached. */
    public String askSecret(String prompt) {
        java.io.Console console = System.console();
        if (console != null && input == null) {
            char[] chars = console.readPassword("%s", prompt);
            return chars == null ? null : new String(chars);
        }
        return ask(prompt);
    }

    synchronized void close() {
        if (engine != null) {
            engine.close();
        }
    }
}
