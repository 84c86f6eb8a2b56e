package dev.djakarta.cache;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The Redis backend (Django's RedisCache): shared by every app instance. Keys are {@code <prefix>:<key>}; values
 * are stored as JSON (integers as plain numbers so INCRBY works).
 */
final class RedisCache implements Cache, AutoCloseable {
    private final JedisPooled redis;
    private final String prefix;
    private final Duration defaultTimeout;

    RedisCache(String url, String prefix, Duration defaultTimeout) {
        this.redis = new JedisPooled(URI.create(url));
        this.prefix = prefix + ":";
        this.defaultTimeout = defaultTimeout;
    }

    private String k(String key) {
        return prefix + key;
    }

    private static String encode(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short ? value.toString() : Serializer.write(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> T decode(String stored, Class<T> type) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith("j:") && !stored.startsWith("b:")) {
            long n = Long.parseLong(stored);
            return type == Integer.class ? (T) Integer.valueOf((int) n) : type == String.class ? (T) stored : (T) Long.valueOf(n);
        }
        return Serializer.read(stored, type);
    }

    private SetParams params(Duration timeout) {
        Duration t = timeout == null ? defaultTimeout : timeout;
        return t.equals(Cache.FOREVER) ? new SetParams() : new SetParams().px(t.toMillis());
    }

    @Override
    public <T> T get(String key, Class<T> type) {
        return decode(redis.get(k(key)), type);
    }

    @Override
    public void set(String key, Object value, Duration timeout) {
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            redis.del(k(key));
            return;
        }
        redis.set(k(key), encode(value), params(timeout));
    }

    @Override
    public boolean add(String key, Object value, Duration timeout) {
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            return false;
        }
        return "OK".equals(redis.set(k(key), encode(value), params(timeout).nx()));
    }

    @Override
    public boolean delete(String key) {
        return redis.del(k(key)) > 0;
    }

    @Override
    public long incr(String key, long delta) {
        if (!redis.exists(k(key))) {
            throw new IllegalArgumentException("Key '" + key + "' not found");
        }
        try {
            return redis.incrBy(k(key), delta);
        } catch (redis.clients.jedis.exceptions.JedisDataException e) {
            throw new IllegalArgumentException("Key '" + key + "' does not hold a number", e);
        }
    }

    @Override
    public <T> Map<String, T> getMany(Collection<String> keys, Class<T> type) {
        List<String> list = new ArrayList<>(keys);
        Map<String, T> out = new LinkedHashMap<>();
        if (list.isEmpty()) {
            return out;
        }
        List<String> values = redis.mget(list.stream().map(this::k).toArray(String[]::new));
        for (int i = 0; i < list.size(); i++) {
            T v = decode(values.get(i), type);
            if (v != null) {
                out.put(list.get(i), v);
            }
        }
        return out;
    }

    @Override
    public void setMany(Map<String, ?> values, Duration timeout) {
        values.forEach((key, v) -> set(key, v, timeout));
    }

    @Override
    public void deleteMany(Collection<String> keys) {
        if (!keys.isEmpty()) {
            redis.del(keys.stream().map(this::k).toArray(String[]::new));
        }
    }

    @Override
    public boolean has(String key) {
        return redis.exists(k(key));
    }

    @Override
    public void clear() {
        String cursor = ScanParams.SCAN_POINTER_START;
        ScanParams match = new ScanParams().match(prefix + "*").count(500);
        do {
            ScanResult<String> page = redis.scan(cursor, match);
            if (!page.getResult().isEmpty()) {
                redis.del(page.getResult().toArray(String[]::new));
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    }

    @Override
    public void close() {
        redis.close();
    }
}
