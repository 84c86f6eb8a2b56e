package dev.djakarta.conf;

/**
 * A setting or a piece of configuration is wrong. The message is one line that names the setting (or object),
 * the bad value and the fix; start-up stops with it.
 */
public class ImproperlyConfigured extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImproperlyConfigured(String message) {
        super(message);
    }

    public ImproperlyConfigured(String message, Throwable cause) {
        super(message, cause);
    }
}
