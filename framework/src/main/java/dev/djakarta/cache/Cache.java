package dev.djakarta.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Django's cache API. Values are strings, numbers, booleans, byte arrays, or Jackson-serializable objects read back
 * with {@link #get(String, Class)}. A timeout of {@code null} uses the cache's default, {@link #FOREVER} never
 * expires, and zero or negative removes the key (Django's semantics). Implementations are thread-safe.
 */
public interface Cache {
    /** Keep forever (Django's timeout=None). */
    Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE / 1000);

    /** The value, or null when missing or expired. */
    <T> T get(String key, Class<T> type);

    /** The value as a string, or null. */
    default String get(String key) {
        return get(key, String.class);
    }

    /** Stores a value (null timeout: the default). */
    void set(String key, Object value, Duration timeout);

    default void set(String key, Object value) {
        set(key, value, null);
    }

    /** Stores only when the key is absent; true when stored. */
    boolean add(String key, Object value, Duration timeout);

    /** The cached value, or computes, stores and returns it. */
    default <T> T getOrSet(String key, Class<T> type, Supplier<T> compute, Duration timeout) {
        T v = get(key, type);
        if (v == null) {
            v = compute.get();
            if (v != null) {
                add(key, v, timeout);
            }
        }
        return v;
    }

    /** Removes a key; true when it existed. */
    boolean delete(String key);

    /**
     * Adds {@code delta} to a stored integer and returns the new value.
     *
     * @throws IllegalArgumentException when the key is missing (as Django's incr raises ValueError)
     */
    long incr(String key, long delta);

    default long decr(String key, long delta) {
        return incr(key, -delta);
    }

    /** Values of the keys that exist. */
    <T> Map<String, T> getMany(Collection<String> keys, Class<T> type);

    void setMany(Map<String, ?> values, Duration timeout);

    void deleteMany(Collection<String> keys);

    boolean has(String key);

    /** Removes everything this cache stores (only keys with its prefix, for shared backends). */
    void clear();
}
