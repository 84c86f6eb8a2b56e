package dev.djakarta.urls;

/** reverse() found no route for the name and arguments; the message lists the patterns tried. */
public class NoReverseMatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoReverseMatch(String message) {
        super(message);
    }
}
