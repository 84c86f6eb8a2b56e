package dev.djakarta.auth;

import dev.djakarta.management.Command;
import dev.djakarta.management.CommandContext;
import dev.djakarta.management.UsageError;
import dev.djakarta.server.Engine;
import java.io.PrintStream;
import java.util.List;

/** {@code changepassword <username>}: sets a user's password interactively (asked twice, validated), like Django's. */
final class ChangePassword implements Command {
    public String name() {
        return "changepassword";
    }

    public String help() {
        return "Changes a user's password.";
    }

    public String usage() {
        return "<username>";
    }

    public int run(CommandContext ctx, List<String> args, PrintStream out) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            throw new UsageError("changepassword takes exactly one username");
        }
        Engine engine = ctx.engine();
        User user = User.objects().filter("username", args.get(0)).first();
        if (user == null) {
            ctx.err().println("Error: user '" + args.get(0) + "' does not exist");
            return 1;
        }
        out.println("Changing password for user '" + user.getUsername() + "'");
        for (int attempt = 0; attempt < 3; attempt++) {
            String first = ctx.askSecret("Password: ");
            String second = ctx.askSecret("Password (again): ");
            if (first == null || second == null) {
                break;
            }
            if (!first.equals(second)) {
                ctx.err().println("Passwords do not match. Please try again.");
                continue;
            }
            List<String> problems = new PasswordValidation(8).validate(first, user.getUsername(), user.getEmail());
            if (!problems.isEmpty()) {
                problems.forEach(p -> ctx.err().println(p));
                continue;
            }
            Auth.setPassword(engine, user, first);
            User.objects().save(user);
            engine.database().endUnitOfWork();
            out.println("Password changed successfully for user '" + user.getUsername() + "'");
            return 0;
        }
        ctx.err().println("Error: Aborting password change for user '" + user.getUsername() + "' after 3 attempts");
        return 1;
    }
}
