package dev.djakarta.auth;

import dev.djakarta.conf.Settings;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login throttling: after LOGIN_THROTTLE_ATTEMPTS failures for one username or one client address within
 * LOGIN_THROTTLE_WINDOW seconds, further attempts are refused (429 with Retry-After) without checking the password;
 * a successful login clears the username's and the address's failures. Kept in memory per process, or in a shared
 * cache (LOGIN_THROTTLE_CACHE names one, e.g. a Redis cache) so several instances count together.
 */
public final class LoginThrottle {
    private final int attempts;
    private final long windowMillis;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    private final dev.djakarta.cache.Cache shared;

    LoginThrottle(int attempts, long windowSeconds, Clock clock) {
        this(attempts, windowSeconds, clock, null);
    }

    LoginThrottle(int attempts, long windowSeconds, Clock clock, dev.djakarta.cache.Cache shared) {
        this.attempts = attempts;
        this.windowMillis = windowSeconds * 1000;
        this.clock = clock;
        this.shared = shared;
    }

    /** The engine's throttle. */
    public static LoginThrottle of(dev.djakarta.server.Engine engine) {
        return engine.component(LoginThrottle.class, e -> {
            LoginThrottle local = from(e.settings());
            String cache = e.settings().string("LOGIN_THROTTLE_CACHE");
            return cache.isEmpty() ? local
                    : new LoginThrottle(local.attempts, local.windowMillis / 1000, local.clock, dev.djakarta.cache.Caches.of(e).get(cache));
        });
    }

    /** Forgets every recorded failure (tests; an operator unlocking accounts). */
    public void clear() {
        failures.clear();
    }

    // shared mode: a counter per key for a fixed window, with the window's start next to it
    private long sharedWait(String key) {
        Long count = shared.get("djakarta.throttle." + key, Long.class);
        if (count == null || count < attempts) {
            return 0;
        }
        Long start = shared.get("djakarta.throttle." + key + ".t", Long.class);
        long end = (start == null ? clock.millis() : start) + windowMillis;
        return Math.max(1, (end - clock.millis() + 999) / 1000);
    }

    private void sharedRecord(String key) {
        java.time.Duration window = java.time.Duration.ofMillis(windowMillis);
        if (shared.add("djakarta.throttle." + key, 0L, window)) {
            shared.set("djakarta.throttle." + key + ".t", clock.millis(), window);
        }
        try {
            shared.incr("djakarta.throttle." + key, 1);
        } catch (IllegalArgumentException expiredMeanwhile) {
            shared.add("djakarta.throttle." + key, 1L, window);
        }
    }

    static LoginThrottle from(Settings s) {
        int attempts = s.integer("LOGIN_THROTTLE_ATTEMPTS", 5);
        long window = s.longValue("LOGIN_THROTTLE_WINDOW", 300);
        if (window <= 0) {
            throw s.invalid("LOGIN_THROTTLE_WINDOW", "expected seconds greater than 0");
        }
        return new LoginThrottle(attempts, window, Clock.systemUTC());
    }

    /** Seconds until another attempt is allowed for this username or address, or 0 when allowed now. */
    long retryAfter(String username, String address) {
        if (attempts <= 0) {
            return 0;
        }
        if (shared != null) {
            return Math.max(sharedWait(userKey(username)), sharedWait("ip:" + address));
        }
        return Math.max(wait(userKey(username)), wait("ip:" + address));
    }

    void failed(String username, String address) {
        if (attempts <= 0) {
            return;
        }
        if (shared != null) {
            sharedRecord(userKey(username));
            sharedRecord("ip:" + address);
            return;
        }
        record(userKey(username));
        record("ip:" + address);
        if (failures.size() > 100_000) {
            prune();
        }
    }

    void succeeded(String username, String address) {
        if (shared != null) {
            shared.deleteMany(java.util.List.of("djakarta.throttle." + userKey(username), "djakarta.throttle.ip:" + address));
            return;
        }
        failures.remove(userKey(username));
        failures.remove("ip:" + address);
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private void record(String key) {
        long now = clock.millis();
        Deque<Long> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (d) {
            d.addLast(now);
            while (d.size() > attempts) {
                d.removeFirst();
            }
        }
    }

    private long wait(String key) {
        Deque<Long> d = failures.get(key);
        if (d == null) {
            return 0;
        }
        long now = clock.millis();
        synchronized (d) {
            while (!d.isEmpty() && now - d.peekFirst() >= windowMillis) {
                d.removeFirst();
            }
            if (d.size() < attempts) {
                return 0;
            }
            return Math.max(1, (d.peekFirst() + windowMillis - now + 999) / 1000);
        }
    }

    private void prune() {
        long now = clock.millis();
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isEmpty() || now - e.getValue().peekLast() >= windowMillis;
            }
        });
    }
}
