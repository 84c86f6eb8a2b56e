package dev.djakarta.sessions;

import dev.djakarta.App;
import dev.djakarta.management.Command;
import java.io.PrintStream;
import java.util.List;

/**
 * Django's {@code django.contrib.sessions}: install it (in {@code Site.apps()}) to keep sessions in the database, and
 * for the {@code clearsessions} command.
 */
public final class SessionsApp implements App {
    @Override
    public String label() {
        return "sessions";
    }

    @Override
    public List<Class<?>> models() {
        return List.of(SessionRecord.class);
    }

    @Override
    public List<Command> commands() {
        return List.of(new Command() {
            public String name() {
                return "clearsessions";
            }

            public String help() {
                return "Deletes expired sessions from the session store.";
            }

            public int run(dev.djakarta.management.CommandContext context, List<String> args, PrintStream out) {
                if (!args.isEmpty()) {
                    throw new dev.djakarta.management.UsageError("clearsessions takes no arguments");
                }
                int removed = Sessions.of(context.engine()).store().clearExpired();
                out.println(removed < 0 ? "The session store expires sessions itself; nothing to clear."
                        : "Deleted " + removed + " expired session(s).");
                return 0;
            }
        });
    }
}
