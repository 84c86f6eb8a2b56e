package dev.djakarta.benchmarks.tfb.raw;

/**
 * A {@code fortune} row of the raw baseline: a plain bean, so that Thymeleaf reads it through the same JavaBean
 * getters as the Djakarta model.
 */
public final class Fortune {
    private final int id;
    private final String message;

    Fortune(int id, String message) {
        this.id = id;
        this.message = message;
    }

    public int getId() {
        return id;
    }

    public String getMessage() {
        return message;
    }
}
