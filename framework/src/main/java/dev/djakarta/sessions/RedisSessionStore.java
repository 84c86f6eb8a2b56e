package dev.djakarta.sessions;

import dev.djakarta.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import redis.clients.jedis.JedisPooled;

/**
 * Sessions in Redis (Django's cache session backend on a shared cache): {@code djakarta:session:<key>} holds the
 * JSON data with a TTL, so Redis expires sessions itself and every app instance sees the same sessions.
 */
final class RedisSessionStore implements SessionStore, AutoCloseable {
    private static final String PREFIX = "djakarta:session:";
    private final JedisPooled redis;

    RedisSessionStore(String url) {
        this.redis = new JedisPooled(java.net.URI.create(url));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> load(String key) {
        String json = redis.get(PREFIX + key);
        if (json == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(json, Map.class);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void save(String key, Map<String, Object> data, Instant expires) {
        long seconds = Math.max(1, Duration.between(Instant.now(), expires).getSeconds());
        try {
            redis.setex(PREFIX + key, seconds, Json.MAPPER.writeValueAsString(data));
        } catch (IOException e) {
            throw new UncheckedIOException("Session data must be JSON-serializable: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) {
        redis.del(PREFIX + key);
    }

    @Override
    public boolean exists(String key) {
        return redis.exists(PREFIX + key);
    }

    @Override
    public int clearExpired() {
        return -1;
    }

    @Override
    public void close() {
        redis.close();
    }
}
