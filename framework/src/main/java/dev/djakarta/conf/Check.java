package dev.djakarta.conf;

/**
 * One finding of the system checks (Django's checks framework): {@code djakarta.W001} style id, a message and a
 * hint that says what to do.
 */
public record Check(Level level, String id, String message, String hint) {
    public enum Level { WARNING, ERROR }

    public static Check warning(String id, String message, String hint) {
        return new Check(Level.WARNING, id, message, hint);
    }

    public static Check error(String id, String message, String hint) {
        return new Check(Level.ERROR, id, message, hint);
    }

    @Override
    public String toString() {
        return "?: (" + id + ") " + message + (hint == null ? "" : "\n\tHINT: " + hint);
    }
}
