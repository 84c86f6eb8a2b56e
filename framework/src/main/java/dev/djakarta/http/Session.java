package dev.djakarta.http;

import java.time.Duration;
import java.util.Set;

/**
 * The visitor's server-side session, Django's {@code request.session}: a map of JSON-serializable values (strings,
 * numbers, booleans, lists, maps) stored by the session backend under a random key; the cookie carries only the
 * key. Loaded on first use, saved by the session middleware when modified.
 */
public interface Session {
    /** The session key, or null before the session is first saved. */
    String key();

    /** A value, or null. */
    Object get(String name);

    /** A value as text, or null. */
    default String getString(String name) {
        Object v = get(name);
        return v == null ? null : v.toString();
    }

    /** Stores a value (it must be JSON-serializable). */
    void put(String name, Object value);

    /** Removes a value; returns the old one or null. */
    Object remove(String name);

    boolean has(String name);

    Set<String> names();

    boolean isEmpty();

    /** Keeps the data under a new key and deletes the old one (at login: defeats session fixation). */
    void cycleKey();

    /** Deletes the data and the stored session, and drops the key (at logout). */
    void flush();

    /** How long this session lives from now; {@link Duration#ZERO} ends it when the browser closes. */
    void setExpiry(Duration duration);

    /** True when the session changed during this request. */
    boolean isModified();
}
