package dev.djakarta.db;

/**
 * An aggregate for {@link QuerySet#aggregate} and {@link QuerySet#annotate}: {@code count("comments")},
 * {@code sum("views")}, {@code avg("rating")}, {@code min("published")}, {@code max("published")}. The default
 * alias is Django's {@code field__function} ({@code views__sum}); {@link #as} names it.
 */
public record Aggregate(String function, String field, String alias, boolean distinct) {
    public static Aggregate count(String field) {
        return new Aggregate("count", field, field + "__count", false);
    }

    public static Aggregate countDistinct(String field) {
        return new Aggregate("count", field, field + "__count", true);
    }

    public static Aggregate sum(String field) {
        return new Aggregate("sum", field, field + "__sum", false);
    }

    public static Aggregate avg(String field) {
        return new Aggregate("avg", field, field + "__avg", false);
    }

    public static Aggregate min(String field) {
        return new Aggregate("min", field, field + "__min", false);
    }

    public static Aggregate max(String field) {
        return new Aggregate("max", field, field + "__max", false);
    }

    /** The same aggregate under another name. */
    public Aggregate as(String name) {
        return new Aggregate(function, field, name, distinct);
    }
}
