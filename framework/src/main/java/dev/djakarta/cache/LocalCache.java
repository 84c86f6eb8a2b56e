package dev.djakarta.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local-memory backend (Django's LocMemCache) on Caffeine: per process, bounded by MAX_ENTRIES, per-entry
 * expiry. Values are kept as objects; treat cached objects as immutable. Not shared between instances.
 */
final class LocalCache implements Cache {
    private record Entry(Object value, long expiresAtNanos) {
    }

    private final com.github.benmanes.caffeine.cache.Cache<String, Entry> entries;
    private final Duration defaultTimeout;

    LocalCache(long maxEntries, Duration defaultTimeout) {
        this.defaultTimeout = defaultTimeout;
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).expireAfter(new Expiry<String, Entry>() {
            public long expireAfterCreate(String key, Entry e, long now) {
                return Math.max(0, e.expiresAtNanos() - now);
            }

            public long expireAfterUpdate(String key, Entry e, long now, long current) {
                return Math.max(0, e.expiresAtNanos() - now);
            }

            public long expireAfterRead(String key, Entry e, long now, long current) {
                return current;
            }
        }).build();
    }

    private Entry entry(Object value, Duration timeout) {
        Duration t = timeout == null ? defaultTimeout : timeout;
        long now = System.nanoTime();
        long nanos = t.compareTo(Duration.ofDays(365 * 100)) > 0 ? Long.MAX_VALUE / 2 : t.toNanos();
        return new Entry(value, now + nanos);
    }

    private static boolean expired(Entry e) {
        return e == null || e.expiresAtNanos() - System.nanoTime() <= 0;
    }

    @Override
    public <T> T get(String key, Class<T> type) {
        Entry e = entries.getIfPresent(key);
        if (expired(e)) {
            return null;
        }
        Object v = e.value();
        if (type.isInstance(v)) {
            return type.cast(v);
        }
        if (v instanceof Number n && Number.class.isAssignableFrom(type)) {
            return type == Long.class ? type.cast(n.longValue()) : type == Integer.class ? type.cast(n.intValue()) : null;
        }
        return dev.djakarta.http.Json.MAPPER.convertValue(v, type);
    }

    @Override
    public void set(String key, Object value, Duration timeout) {
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            entries.invalidate(key);
            return;
        }
        entries.put(key, entry(value, timeout));
    }

    @Override
    public boolean add(String key, Object value, Duration timeout) {
        boolean[] added = {false};
        entries.asMap().compute(key, (k, old) -> {
            if (!expired(old)) {
                return old;
            }
            added[0] = true;
            return entry(value, timeout);
        });
        return added[0];
    }

    @Override
    public boolean delete(String key) {
        return entries.asMap().remove(key) != null;
    }

    @Override
    public long incr(String key, long delta) {
        long[] result = new long[1];
        entries.asMap().compute(key, (k, old) -> {
            if (expired(old)) {
                throw new IllegalArgumentException("Key '" + key + "' not found");
            }
            if (!(old.value() instanceof Number n)) {
                throw new IllegalArgumentException("Key '" + key + "' does not hold a number");
            }
            result[0] = n.longValue() + delta;
            return new Entry(result[0], old.expiresAtNanos());
        });
        return result[0];
    }

    @Override
    public <T> Map<String, T> getMany(Collection<String> keys, Class<T> type) {
        Map<String, T> out = new LinkedHashMap<>();
        for (String k : keys) {
            T v = get(k, type);
            if (v != null) {
                out.put(k, v);
            }
        }
        return out;
    }

    @Override
    public void setMany(Map<String, ?> values, Duration timeout) {
        values.forEach((k, v) -> set(k, v, timeout));
    }

    @Override
    public void deleteMany(Collection<String> keys) {
        entries.invalidateAll(keys);
    }

    @Override
    public boolean has(String key) {
        return !expired(entries.getIfPresent(key));
    }

    @Override
    public void clear() {
        entries.invalidateAll();
    }
}
