package dev.djakarta.db.migrations;

/**
 * One migration of an app, as {@code showmigrations} lists it.
 *
 * @param app the app label ({@code blog})
 * @param name Django-style name from the file {@code V0002__post_summary.sql}: {@code 0002_post_summary}
 * @param applied true when the app's history table records it
 */
public record Migration(String app, String name, boolean applied) {
    @Override
    public String toString() {
        return app + "." + name;
    }
}
