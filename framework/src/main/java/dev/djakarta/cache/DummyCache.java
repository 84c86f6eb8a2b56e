package dev.djakarta.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/** Django's DummyCache: caches nothing (development, or turning caching off without code changes). */
final class DummyCache implements Cache {
    public <T> T get(String key, Class<T> type) {
        return null;
    }

    public void set(String key, Object value, Duration timeout) {
    }

    public boolean add(String key, Object value, Duration timeout) {
        return true;
    }

    public boolean delete(String key) {
        return false;
    }

    public long incr(String key, long delta) {
        throw new IllegalArgumentException("Key '" + key + "' not found");
    }

    public <T> Map<String, T> getMany(Collection<String> keys, Class<T> type) {
        return Map.of();
    }

    public void setMany(Map<String, ?> values, Duration timeout) {
    }

    public void deleteMany(Collection<String> keys) {
    }

    public boolean has(String key) {
        return false;
    }

    public void clear() {
    }
}
