package dev.djakarta.db.migrations;

/**
 * A migration could not be planned, generated or applied: a failing SQL statement, a changed migration file, a
 * scratch database that cannot be created. The message names the app, the migration and what to do.
 */
public class MigrationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MigrationError(String message) {
        super(message);
    }

    public MigrationError(String message, Throwable cause) {
        super(message, cause);
    }
}
