package dev.djakarta.signing;

/** A signed value was tampered with, signed with another key, or has expired. */
public class BadSignature extends Exception {
    private static final long serialVersionUID = 1L;

    public BadSignature(String message) {
        super(message, null, false, false);
    }
}
