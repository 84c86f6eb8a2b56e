package dev.djakarta.db;

import java.util.Map;

/**
 * An object with the values {@link QuerySet#annotate} computed for it ({@code row.get("num_comments")}).
 *
 * @param object the model instance
 * @param values annotation alias to value
 */
public record Row<T>(T object, Map<String, Object> values) {
    /** One annotation's value. @throws IllegalArgumentException for an unknown alias */
    public Object get(String alias) {
        if (!values.containsKey(alias)) {
            throw new IllegalArgumentException("No annotation '" + alias + "'. Annotations: " + values.keySet());
        }
        return values.get(alias);
    }

    /** A numeric annotation as a long (0 for null, as SQL SUM over no rows). */
    public long getLong(String alias) {
        Object v = get(alias);
        return v == null ? 0 : ((Number) v).longValue();
    }
}
