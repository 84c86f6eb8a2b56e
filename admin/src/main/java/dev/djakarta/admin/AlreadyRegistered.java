package dev.djakarta.admin;

/** A model was registered twice with the same admin site. */
public class AlreadyRegistered extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public AlreadyRegistered(String message) {
        super(message);
    }
}
