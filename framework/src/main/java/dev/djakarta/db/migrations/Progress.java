package dev.djakarta.db.migrations;

/** Receives what {@link Migrations#migrate} does, step by step, as it does it (the migrate command prints it). */
@FunctionalInterface
public interface Progress {
    /** Reports nothing. */
    Progress NONE = step -> { };

    void report(Step step);

    /** What happened. */
    enum Kind {
        /** A migration is about to run ({@code migration} is its name). */
        APPLYING,
        /** The migration ran and is recorded. */
        APPLIED,
        /** The migration failed; {@link Migrations#migrate} throws right after. */
        FAILED,
        /** Tables of an app without migrations are about to be created from its models (run_syncdb). */
        SYNCING,
        /** They were created; {@code migration} lists the tables. */
        SYNCED,
        /** An app has models but no migrations for this database, and syncing was not asked for. */
        SKIPPED
    }

    /** One step: its kind, the app, and the migration name (or details, see {@link Kind}). */
    record Step(Kind kind, String app, String migration) {
    }
}
