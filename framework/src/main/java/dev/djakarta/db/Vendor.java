package dev.djakarta.db;

/** The database products Djakarta supports and tests against. */
public enum Vendor {
    H2("h2"), POSTGRESQL("postgresql"), MARIADB("mariadb");

    private final String id;

    Vendor(String id) {
        this.id = id;
    }

    /** Lower-case name used in folder names ({@code migrations/blog/postgresql/}). */
    public String id() {
        return id;
    }
}
