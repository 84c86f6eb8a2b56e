package dev.djakarta.messages;

/** A message was added but the site cannot keep it: Django's MessageFailure. */
public final class MessageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MessageFailure(String message) {
        super(message);
    }
}
