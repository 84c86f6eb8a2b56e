package dev.djakarta.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multi-valued, ordered, immutable parameters: Django's {@code QueryDict}. {@link #get} returns the last value
 * of a name, like Django; {@link #getAll} returns every value in order.
 */
public final class Params {
    private static final Params EMPTY = new Params(Map.of());
    private final Map<String, List<String>> values;

    Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parameters with no entries. */
    public static Params empty() {
        return EMPTY;
    }

    /** Builds parameters from a map of lists (copied). */
    public static Params of(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return new Params(Collections.unmodifiableMap(copy));
    }

    /** The last value for {@code name}, or null when absent. */
    public String get(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? null : list.get(list.size() - 1);
    }

    /** The last value for {@code name}, or {@code fallback} when absent. */
    public String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }

    /**
     * The last value parsed as an int, {@code fallback} when absent or empty.
     *
     * @throws BadRequest when present but not a whole number (the value came from the client)
     */
    public int getInt(String name, int fallback) {
        String v = get(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest("Parameter '" + name + "' must be a whole number, got '" + v + "'");
        }
    }

    /** Every value for {@code name}, in order; empty when absent. */
    public List<String> getAll(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Set<String> names() {
        return values.keySet();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public int size() {
        return values.size();
    }

    /** The underlying map of lists (unmodifiable). */
    public Map<String, List<String>> asMap() {
        return values;
    }

    /** Encodes back to {@code a=1&b=2} form, UTF-8 percent-encoded. */
    public String urlencode() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, list) -> {
            for (String v : list) {
                if (sb.length() > 0) {
                    sb.append('&');
                }
                sb.append(UrlCodec.encodeQueryComponent(k)).append('=').append(UrlCodec.encodeQueryComponent(v));
            }
        });
        return sb.toString();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
