package dev.djakarta.sessions;

import java.time.Instant;
import java.util.Map;

/**
 * Where sessions live (Django's SESSION_ENGINE): the database (default), Redis, or both ({@code cached_db}). Keys are
 * opaque random strings; data is a JSON-serializable map. Implementations are thread-safe.
 */
public interface SessionStore {
    /** The data of an unexpired session, or null when the key is unknown or expired. */
    Map<String, Object> load(String key);

    /** Creates or replaces the session {@code key}, valid until {@code expires}. */
    void save(String key, Map<String, Object> data, Instant expires);

    /** Deletes the session (nothing happens when it does not exist). */
    void delete(String key);

    /** True when a session with this key exists (expired or not); used to avoid key collisions. */
    boolean exists(String key);

    /** Removes expired sessions (the clearsessions command); returns how many, or -1 when the store expires them itself. */
    int clearExpired();
}
