package dev.djakarta.sessions;

import dev.djakarta.http.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A request's session: loaded from the store on first access, saved by {@link SessionMiddleware} when modified. */
final class LazySession implements Session {
    private final java.util.function.Supplier<Sessions> sessionsSupplier;
    private String key;
    private final String cookieKey;
    private Map<String, Object> data;
    private boolean modified;
    private boolean accessed;
    private Duration expiry;

    LazySession(java.util.function.Supplier<Sessions> sessions, String cookieKey) {
        this.sessionsSupplier = sessions;
        this.cookieKey = Sessions.plausibleKey(cookieKey) ? cookieKey : null;
        this.key = this.cookieKey;
    }

    private Map<String, Object> data() {
        accessed = true;
        if (data == null) {
            Map<String, Object> loaded = key == null ? null : sessionsSupplier.get().store().load(key);
            if (loaded == null) {
                key = null; // unknown, expired or tampered: a fresh, empty session under a new key when saved
                data = new LinkedHashMap<>();
            } else {
                data = new LinkedHashMap<>(loaded);
                Object exp = data.remove("_session_expiry");
                if (exp instanceof Number n) {
                    expiry = Duration.ofSeconds(n.longValue());
                }
            }
        }
        return data;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Object get(String name) {
        return data().get(name);
    }

    @Override
    public void put(String name, Object value) {
        data().put(name, value);
        modified = true;
    }

    @Override
    public Object remove(String name) {
        Object old = data().remove(name);
        modified |= old != null;
        return old;
    }

    @Override
    public boolean has(String name) {
        return data().containsKey(name);
    }

    @Override
    public Set<String> names() {
        return Collections.unmodifiableSet(data().keySet());
    }

    @Override
    public boolean isEmpty() {
        return data().isEmpty();
    }

    @Override
    public void cycleKey() {
        Map<String, Object> current = data();
        String old = key;
        key = null;
        data = current;
        modified = true;
        if (old != null) {
            sessionsSupplier.get().store().delete(old);
        }
    }

    @Override
    public void flush() {
        String old = key;
        data = new LinkedHashMap<>();
        accessed = true;
        modified = true;
        key = null;
        if (old != null) {
            sessionsSupplier.get().store().delete(old);
        }
    }

    @Override
    public void setExpiry(Duration duration) {
        data();
        expiry = duration;
        modified = true;
    }

    @Override
    public boolean isModified() {
        return modified;
    }

    boolean isAccessed() {
        return accessed;
    }

    /** The key the browser sent (valid-looking), or null. */
    String cookieKey() {
        return cookieKey;
    }

    Duration expiry() {
        return expiry;
    }

    /** Writes the session under its key (a new one when it has none) and returns the key. */
    String save() {
        if (key == null) {
            key = sessionsSupplier.get().newKey();
        }
        Duration lifetime = expiry == null || expiry.isZero() ? sessionsSupplier.get().age : expiry;
        Map<String, Object> stored = new LinkedHashMap<>(data());
        if (expiry != null) {
            stored.put("_session_expiry", expiry.getSeconds());
        }
        sessionsSupplier.get().store().save(key, stored, Instant.now().plus(lifetime));
        return key;
    }
}
