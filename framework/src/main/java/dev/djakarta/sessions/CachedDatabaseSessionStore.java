package dev.djakarta.sessions;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Django's {@code cached_db} session engine: the database holds every session, Redis holds a copy in front of it.
 * Writes go to the database first (it is the record), then to Redis; reads try Redis and fall back to the database
 * on a miss (filling Redis again). When Redis cannot be reached, sessions keep working from the database alone: one
 * warning is logged per outage (no stack trace), and one line when Redis answers again. While it is down, Redis is
 * tried again at most once a second.
 *
 * <p>A session written or deleted while Redis was down may have an older copy left in Redis; this store remembers
 * those keys (up to {@value #MAX_STALE}) and deletes them from Redis as soon as it answers again, before serving any
 * read from it. Another instance that reads such a key in the moment between Redis coming back and this instance's
 * next request can still see the older copy; a Redis that restarts empty (the usual outage) has none.
 */
final class CachedDatabaseSessionStore implements SessionStore, AutoCloseable {
    static final int MAX_STALE = 100_000;
    /** While Redis is down it is tried again at most this often, so a Redis that times out slows few requests. */
    static final long RETRY_MILLIS = 1000;
    private static final Logger log = LoggerFactory.getLogger(CachedDatabaseSessionStore.class);

    private final DatabaseSessionStore database;
    private final SessionStore cache;
    private final String cacheName;
    private final AtomicBoolean cacheDown = new AtomicBoolean();
    private volatile long retryAt;
    private final Set<String> stale = ConcurrentHashMap.newKeySet();

    CachedDatabaseSessionStore(DatabaseSessionStore database, SessionStore cache, String cacheName) {
        this.database = database;
        this.cache = cache;
        this.cacheName = cacheName;
    }

    @Override
    public Map<String, Object> load(String key) {
        if (cacheUsable()) {
            try {
                Map<String, Object> cached = cache.load(key);
                if (cached != null) {
                    return cached;
                }
            } catch (JedisException e) {
                cacheFailed(e, key);
            }
        }
        DatabaseSessionStore.Stored stored = database.loadStored(key);
        if (stored == null) {
            return null;
        }
        if (cacheUsable()) {   // a miss (evicted, or Redis restarted empty): put the copy back, as Django does
            try {
                cache.save(key, stored.data(), stored.expires());
            } catch (JedisException e) {
                cacheFailed(e, key);
            }
        }
        return stored.data();
    }

    @Override
    public void save(String key, Map<String, Object> data, Instant expires) {
        database.save(key, data, expires);
        if (cacheUsable()) {
            try {
                cache.save(key, data, expires);
                return;
            } catch (JedisException e) {
                cacheFailed(e, key);
            }
        }
        markStale(key);
    }

    @Override
    public void delete(String key) {
        database.delete(key);
        if (cacheUsable()) {
            try {
                cache.delete(key);
                return;
            } catch (JedisException e) {
                cacheFailed(e, key);
            }
        }
        markStale(key);
    }

    @Override
    public boolean exists(String key) {
        return database.exists(key);
    }

    @Override
    public int clearExpired() {
        return database.clearExpired();   // Redis expires its copies itself
    }

    /**
     * True when Redis may be used: always while it answers; after a failure, again once {@link #RETRY_MILLIS} have
     * passed, and the first call that gets through first deletes the copies that went stale meanwhile.
     */
    private boolean cacheUsable() {
        if (!cacheDown.get() && stale.isEmpty()) {
            return true;
        }
        if (cacheDown.get() && System.currentTimeMillis() < retryAt) {
            return false;
        }
        try {
            for (String key : stale) {
                cache.delete(key);
                stale.remove(key);
            }
        } catch (JedisException e) {
            retryAt = System.currentTimeMillis() + RETRY_MILLIS;
            return false;
        }
        if (cacheDown.compareAndSet(true, false)) {
            log.warn("Session cache {} answers again; sessions are read from it again.", cacheName);
        }
        return true;
    }

    private void cacheFailed(JedisException e, String key) {
        markStale(key);
        retryAt = System.currentTimeMillis() + RETRY_MILLIS;
        if (cacheDown.compareAndSet(false, true)) {
            log.warn("Session cache {} is unreachable ({}); sessions are read from and written to the database only "
                    + "until it answers again.", cacheName, e.toString());
        }
    }

    private void markStale(String key) {
        if (stale.size() < MAX_STALE) {
            stale.add(key);
        }
    }

    @Override
    public void close() throws Exception {
        if (cache instanceof AutoCloseable c) {
            c.close();
        }
    }
}
