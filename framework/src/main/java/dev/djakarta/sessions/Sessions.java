package dev.djakarta.sessions;

import dev.djakarta.conf.Settings;
import dev.djakarta.http.Cookie;
import dev.djakarta.server.Engine;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * The site's session configuration and store, built once from the SESSION_* settings (Django's names and
 * defaults): SESSION_ENGINE ({@code database}, {@code redis} or {@code cached_db}: the database with a Redis copy in
 * front, see {@link CachedDatabaseSessionStore}), SESSION_REDIS_URL, SESSION_COOKIE_NAME / AGE /
 * DOMAIN / PATH / SECURE / HTTPONLY / SAMESITE, SESSION_EXPIRE_AT_BROWSER_CLOSE, SESSION_SAVE_EVERY_REQUEST.
 */
public final class Sessions implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final SessionStore store;
    final String cookieName;
    final Duration age;
    final String domain;
    final String path;
    final boolean secure;
    final boolean httpOnly;
    final String sameSite;
    final boolean expireAtBrowserClose;
    final boolean saveEveryRequest;

    Sessions(Settings s, SessionStore store) {
        this.store = store;
        this.cookieName = s.string("SESSION_COOKIE_NAME", "sessionid");
        long seconds = s.longValue("SESSION_COOKIE_AGE", 1_209_600);
        if (seconds <= 0) {
            throw s.invalid("SESSION_COOKIE_AGE", "expected seconds greater than 0");
        }
        this.age = Duration.ofSeconds(seconds);
        this.domain = s.string("SESSION_COOKIE_DOMAIN");
        this.path = s.string("SESSION_COOKIE_PATH", "/");
        this.secure = s.bool("SESSION_COOKIE_SECURE");
        this.httpOnly = !s.has("SESSION_COOKIE_HTTPONLY") || s.string("SESSION_COOKIE_HTTPONLY").isEmpty() || s.bool("SESSION_COOKIE_HTTPONLY");
        String ss = s.string("SESSION_COOKIE_SAMESITE", "Lax");
        if (!ss.equals("Lax") && !ss.equals("Strict") && !ss.equals("None") && !ss.equalsIgnoreCase("false")) {
            throw s.invalid("SESSION_COOKIE_SAMESITE", "expected Lax, Strict, None or false");
        }
        this.sameSite = ss.equalsIgnoreCase("false") ? null : ss;
        this.expireAtBrowserClose = s.bool("SESSION_EXPIRE_AT_BROWSER_CLOSE");
        this.saveEveryRequest = s.bool("SESSION_SAVE_EVERY_REQUEST");
    }

    /** The engine's sessions, built on first use. */
    public static Sessions of(Engine engine) {
        return engine.component(Sessions.class, Sessions::create);
    }

    private static Sessions create(Engine engine) {
        Settings s = engine.settings();
        String kind = s.string("SESSION_ENGINE", "database");
        String redisUrl = s.string("SESSION_REDIS_URL", "redis://127.0.0.1:6379/0");
        SessionStore store = switch (kind) {
            case "database", "db" -> databaseStore(engine, kind);
            case "redis", "cache" -> new RedisSessionStore(redisUrl);
            case "cached_db" -> new CachedDatabaseSessionStore(databaseStore(engine, kind), new RedisSessionStore(redisUrl),
                    redactedUrl(redisUrl));
            default -> throw s.invalid("SESSION_ENGINE", "expected database, redis or cached_db");
        };
        return new Sessions(s, store);
    }

    private static DatabaseSessionStore databaseStore(Engine engine, String kind) {
        if (!engine.hasDatabase() || !engine.database().models().containsKey(SessionRecord.class)) {
            throw new dev.djakarta.conf.ImproperlyConfigured("SESSION_ENGINE=" + kind + " needs dev.djakarta.sessions.SessionsApp in "
                    + "Site.apps() (and its table, from migrate). Or set SESSION_ENGINE=redis.");
        }
        return new DatabaseSessionStore(engine.database());
    }

    /** The URL without its password, for log lines. */
    static String redactedUrl(String url) {
        return url.replaceFirst("//[^/@]*@", "//***@");
    }

    public SessionStore store() {
        return store;
    }

    /** A new random key: 32 characters of [a-z0-9] from a CSPRNG (about 165 bits), unused in the store. */
    String newKey() {
        while (true) {
            StringBuilder sb = new StringBuilder(32);
            for (int i = 0; i < 32; i++) {
                sb.append(KEY_CHARS.charAt(RANDOM.nextInt(KEY_CHARS.length())));
            }
            String key = sb.toString();
            if (!store.exists(key)) {
                return key;
            }
        }
    }

    /** True for strings that could be keys we issued (anything else is ignored without touching the store). */
    static boolean plausibleKey(String key) {
        if (key == null || key.length() < 8 || key.length() > 40) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (KEY_CHARS.indexOf(key.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    Cookie cookie(String key, Duration expiry) {
        Cookie c = new Cookie(cookieName, key, -1, path, domain.isEmpty() ? null : domain, secure, httpOnly, sameSite);
        boolean browserSession = expiry != null ? expiry.isZero() : expireAtBrowserClose;
        return browserSession ? c : c.withMaxAge(expiry != null ? expiry : age);
    }

    @Override
    public void close() throws Exception {
        if (store instanceof AutoCloseable c) {
            c.close();
        }
    }
}
