package dev.djakarta.management;

/**
 * A command could not do its work for a reason the user can fix (Django's CommandError): the CLI prints
 * {@code Error: <message>} without a stack trace and exits with 1.
 */
public class CommandError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandError(String message) {
        super(message);
    }

    public CommandError(String message, Throwable cause) {
        super(message, cause);
    }
}
