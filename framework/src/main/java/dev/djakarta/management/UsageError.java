package dev.djakarta.management;

/** Wrong arguments to a command: the CLI prints the message and the command's usage and exits with 2. */
public class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageError(String message) {
        super(message);
    }
}
