package dev.djakarta.cache;

import dev.djakarta.conf.Settings;
import dev.djakarta.server.Engine;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's named caches, Django's {@code caches}: CACHES lists the names ({@code default} first), and each name
 * has CACHE_&lt;NAME&gt;_BACKEND ({@code locmem}, {@code redis}, {@code dummy}), _LOCATION (the Redis URL), _TIMEOUT
 * (seconds, default 300), _KEY_PREFIX and _MAX_ENTRIES (locmem). Built once per engine; closed with it.
 */
public final class Caches implements AutoCloseable {
    private final Map<String, Cache> caches;

    private Caches(Map<String, Cache> caches) {
        this.caches = caches;
    }

    /** The engine's caches. */
    public static Caches of(Engine engine) {
        return engine.component(Caches.class, e -> from(e.settings()));
    }

    /** The engine's default cache. */
    public static Cache defaultCache(Engine engine) {
        return of(engine).get("default");
    }

    static Caches from(Settings s) {
        List<String> names = s.list("CACHES");
        if (names.isEmpty() || !names.get(0).equals("default")) {
            throw s.invalid("CACHES", "expected a comma-separated list of cache names starting with default");
        }
        Map<String, Cache> map = new LinkedHashMap<>();
        for (String name : names) {
            String p = "CACHE_" + name.toUpperCase(Locale.ROOT) + "_";
            long seconds = s.longValue(p + "TIMEOUT", 300);
            Duration timeout = seconds < 0 ? Cache.FOREVER : Duration.ofSeconds(seconds);
            String backend = s.string(p + "BACKEND", "locmem");
            Cache cache = switch (backend) {
                case "locmem", "local" -> new LocalCache(s.longValue(p + "MAX_ENTRIES", 10_000), timeout);
                case "redis" -> {
                    String url = s.string(p + "LOCATION");
                    if (!url.startsWith("redis://") && !url.startsWith("rediss://")) {
                        throw s.invalid(p + "LOCATION", "expected a redis:// URL for the redis backend");
                    }
                    yield new RedisCache(url, s.string(p + "KEY_PREFIX", "djakarta:" + name), timeout);
                }
                case "dummy" -> new DummyCache();
                default -> throw s.invalid(p + "BACKEND", "expected locmem, redis or dummy");
            };
            map.put(name, cache);
        }
        return new Caches(Map.copyOf(map));
    }

    /** The named cache. @throws IllegalArgumentException naming the configured caches */
    public Cache get(String name) {
        Cache c = caches.get(name);
        if (c == null) {
            throw new IllegalArgumentException("No cache named '" + name + "'. Caches: " + caches.keySet());
        }
        return c;
    }

    /** The backend kind of each cache (for check --deploy). */
    public Map<String, String> kinds() {
        Map<String, String> out = new LinkedHashMap<>();
        caches.forEach((name, c) -> out.put(name, c instanceof LocalCache ? "locmem" : c instanceof RedisCache ? "redis" : "dummy"));
        return out;
    }

    @Override
    public void close() throws Exception {
        for (Cache c : caches.values()) {
            if (c instanceof AutoCloseable a) {
                a.close();
            }
        }
    }
}
