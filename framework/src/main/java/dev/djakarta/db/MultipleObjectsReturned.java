package dev.djakarta.db;

/** get() found more than one row: Django's MultipleObjectsReturned (a programming error, so a 500). */
public class MultipleObjectsReturned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MultipleObjectsReturned(String message) {
        super(message);
    }
}
