package dev.djakarta.db;

import java.util.ArrayList;
import java.util.List;

/**
 * A query condition that can be combined, Django's {@code Q}:
 * {@code Q.of("title__icontains", "java").or(Q.of("body__icontains", "java")).and(Q.of("status", "published").not())}.
 * Immutable. Keys are Django lookups ({@code field}, {@code field__lookup}, {@code relation__field__lookup}).
 */
public final class Q {
    enum Type { LEAF, AND, OR, NOT }

    final Type type;
    final String key;
    final Object value;
    final List<Q> children;

    private Q(Type type, String key, Object value, List<Q> children) {
        this.type = type;
        this.key = key;
        this.value = value;
        this.children = children;
    }

    /** One lookup: {@code Q.where("published__year", 2024)}. */
    public static Q where(String key, Object value) {
        if (key == null || key.isEmpty()) {
            throw new FieldError("A lookup needs a field name, got '" + key + "'");
        }
        return new Q(Type.LEAF, key, value, List.of());
    }

    /**
     * Lookups as alternating keys and values, all of which must hold:
     * {@code Q.of("status", "published", "author__username", "ann")}.
     */
    public static Q of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Lookups come in pairs (\"field__lookup\", value); got an odd number of arguments: "
                    + java.util.Arrays.toString(keysAndValues));
        }
        List<Q> leaves = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (!(keysAndValues[i] instanceof String k)) {
                throw new IllegalArgumentException("Lookup keys must be strings like \"title__icontains\", got " + keysAndValues[i]);
            }
            leaves.add(where(k, keysAndValues[i + 1]));
        }
        return leaves.size() == 1 ? leaves.get(0) : new Q(Type.AND, null, null, List.copyOf(leaves));
    }

    /** Both conditions. */
    public Q and(Q other) {
        return new Q(Type.AND, null, null, List.of(this, other));
    }

    /** Either condition. */
    public Q or(Q other) {
        return new Q(Type.OR, null, null, List.of(this, other));
    }

    /** The opposite condition (Django's {@code ~Q}). */
    public Q not() {
        return new Q(Type.NOT, null, null, List.of(this));
    }

    boolean isEmptyAnd() {
        return type == Type.AND && children.isEmpty();
    }

    @Override
    public String toString() {
        return switch (type) {
            case LEAF -> key + "=" + value;
            case NOT -> "~(" + children.get(0) + ")";
            default -> "(" + String.join(type == Type.AND ? " AND " : " OR ", children.stream().map(Q::toString).toList()) + ")";
        };
    }
}
