package dev.djakarta.auth;

import dev.djakarta.management.Command;
import dev.djakarta.management.CommandContext;
import dev.djakarta.management.UsageError;
import dev.djakarta.server.Engine;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code createsuperuser [--noinput] [--username U] [--email E]}, like Django's: interactive by default (password
 * asked twice and checked by the password validators), or for scripts with {@code --noinput} and the password in
 * DJAKARTA_SUPERUSER_PASSWORD (without it the account gets an unusable password).
 */
final class CreateSuperuser implements Command {
    public String name() {
        return "createsuperuser";
    }

    public String help() {
        return "Creates a superuser account (a user with every permission).";
    }

    public String usage() {
        return "[--noinput] [--username USERNAME] [--email EMAIL]";
    }

    public int run(CommandContext ctx, List<String> args, PrintStream out) {
        boolean interactive = true;
        String username = null;
        String email = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--noinput", "--no-input" -> interactive = false;
                case "--username" -> username = value(args, ++i, a);
                case "--email" -> email = value(args, ++i, a);
                default -> throw new UsageError("unknown option '" + a + "'");
            }
        }
        Engine engine = ctx.engine();
        String password = null;
        if (interactive) {
            while (username == null || username.isBlank()) {
                username = ctx.ask("Username: ");
                if (username == null) {
                    ctx.err().println("Error: no username given.");
                    return 1;
                }
                if (User.objects().filter("username", username.strip()).exists()) {
                    ctx.err().println("Error: That username is already taken.");
                    username = null;
                }
            }
            if (email == null) {
                email = ctx.ask("Email address: ");
            }
            PasswordValidation validation = new PasswordValidation(8);
            while (password == null) {
                String first = ctx.askSecret("Password: ");
                String second = ctx.askSecret("Password (again): ");
                if (first == null || second == null) {
                    ctx.err().println("Error: no password given.");
                    return 1;
                }
                if (!first.equals(second)) {
                    ctx.err().println("Error: Your passwords didn't match.");
                    continue;
                }
                if (first.isBlank()) {
                    ctx.err().println("Error: Blank passwords aren't allowed.");
                    continue;
                }
                List<String> problems = validation.validate(first, username, email);
                if (!problems.isEmpty()) {
                    problems.forEach(p -> ctx.err().println(p));
                    String bypass = ctx.ask("Bypass password validation and create user anyway? [y/N]: ");
                    if (bypass == null || !bypass.strip().equalsIgnoreCase("y")) {
                        continue;
                    }
                }
                password = first;
            }
        } else {
            if (username == null || username.isBlank()) {
                ctx.err().println("Error: You must use --username with --noinput.");
                return 1;
            }
            String fromEnv = engine.settings().string("SUPERUSER_PASSWORD");
            password = fromEnv.isEmpty() ? null : fromEnv;
        }
        String name = username.strip();
        if (User.objects().filter("username", name).exists()) {
            ctx.err().println("Error: That username is already taken.");
            return 1;
        }
        User user = new User(name, email == null ? "" : email.strip());
        user.setStaff(true);
        user.setSuperuser(true);
        if (password != null) {
            Auth.setPassword(engine, user, password);
        }
        User.objects().create(user);
        engine.database().endUnitOfWork();
        out.println("Superuser created successfully.");
        return 0;
    }

    static String value(List<String> args, int i, String flag) {
        if (i >= args.size()) {
            throw new UsageError(flag + " needs a value");
        }
        return args.get(i);
    }
}
