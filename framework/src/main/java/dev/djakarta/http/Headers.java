package dev.djakarta.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/** Mutable, ordered response headers with case-insensitive names; the name's first spelling is kept. */
public final class Headers {
    private final Map<String, Entry> entries = new LinkedHashMap<>(8);

    private static final class Entry {
        final String name;
        final List<String> values = new ArrayList<>(1);

        Entry(String name) {
            this.name = name;
        }
    }

    /** The lower-case keys of the names the framework itself sets on most responses, so they are not lower-cased each time. */
    private static final Map<String, String> KNOWN_KEYS = knownKeys("Content-Type", "Content-Length", "Content-Encoding",
            "Content-Disposition", "Content-Security-Policy", "Content-Security-Policy-Report-Only", "Cache-Control", "ETag",
            "Last-Modified", "Expires", "Vary", "Location", "Allow", "Retry-After", "Server", "Set-Cookie", "X-Frame-Options",
            "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy", "Strict-Transport-Security");

    private static Map<String, String> knownKeys(String... names) {
        Map<String, String> keys = new java.util.HashMap<>();
        for (String name : names) {
            keys.put(name, name.toLowerCase(Locale.ROOT));
        }
        return Map.copyOf(keys);
    }

    private static String key(String name) {
        String known = KNOWN_KEYS.get(name);
        return known != null ? known : name.toLowerCase(Locale.ROOT);
    }

    private static void checkValue(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                throw new IllegalArgumentException("Header " + name + " contains a newline or NUL; refusing (header injection)");
            }
        }
    }

    /** Replaces every value of {@code name} with {@code value}. */
    public void set(String name, String value) {
        checkValue(name, value);
        Entry e = new Entry(name);
        e.values.add(value);
        entries.put(key(name), e);
    }

    /** Adds a value, keeping existing ones. */
    public void add(String name, String value) {
        checkValue(name, value);
        entries.computeIfAbsent(key(name), k -> new Entry(name)).values.add(value);
    }

    /** The first value, or null. */
    public String get(String name) {
        Entry e = entries.get(key(name));
        return e == null || e.values.isEmpty() ? null : e.values.get(0);
    }

    /** Every value, in order; empty when absent. */
    public List<String> getAll(String name) {
        Entry e = entries.get(key(name));
        return e == null ? List.of() : Collections.unmodifiableList(e.values);
    }

    public boolean has(String name) {
        return entries.containsKey(key(name));
    }

    public void remove(String name) {
        entries.remove(key(name));
    }

    /** Calls {@code action} once per (name, value), in order. */
    public void forEach(BiConsumer<String, String> action) {
        for (Entry e : entries.values()) {
            for (String v : e.values) {
                action.accept(e.name, v);
            }
        }
    }

    /** Header names as first spelled. */
    public List<String> names() {
        List<String> out = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            out.add(e.name);
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        forEach((n, v) -> sb.append(n).append(": ").append(v).append('\n'));
        return sb.toString();
    }
}
