package dev.djakarta.sessions;

import dev.djakarta.db.Database;
import dev.djakarta.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.hibernate.Session;

/**
 * Sessions in the {@code djakarta_session} table, through the site's database and the request's unit of work.
 * Needs {@link SessionsApp} installed (and migrated).
 */
final class DatabaseSessionStore implements SessionStore {
    private final Database db;

    DatabaseSessionStore(Database db) {
        this.db = db;
        db.meta(SessionRecord.class);
    }

    /** A session's data with its expiry time. */
    record Stored(Map<String, Object> data, Instant expires) {
    }

    @Override
    public Map<String, Object> load(String key) {
        Stored s = loadStored(key);
        return s == null ? null : s.data();
    }

    /** The unexpired session with its expiry time, or null (unknown, expired or corrupt). */
    @SuppressWarnings("unchecked")
    Stored loadStored(String key) {
        SessionRecord r = db.session().find(SessionRecord.class, key);
        if (r == null || r.expires().isBefore(Instant.now())) {
            return null;
        }
        try {
            return new Stored(Json.MAPPER.readValue(r.data(), Map.class), r.expires());
        } catch (IOException e) {
            return null; // corrupt data: start a fresh session, as Django does
        }
    }

    @Override
    public void save(String key, Map<String, Object> data, Instant expires) {
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Session data must be JSON-serializable: " + e.getMessage(), e);
        }
        db.atomic(() -> {
            Session s = db.session();
            SessionRecord r = s.find(SessionRecord.class, key);
            if (r == null) {
                s.persist(new SessionRecord(key, json, expires));
            } else {
                r.update(json, expires);
            }
        });
    }

    @Override
    public void delete(String key) {
        db.atomic(() -> {
            Session s = db.session();
            SessionRecord r = s.find(SessionRecord.class, key);
            if (r != null) {
                s.remove(r);
            }
        });
    }

    @Override
    public boolean exists(String key) {
        return db.session().createSelectionQuery("select count(r) from SessionRecord r where r.sessionKey = ?1", Long.class)
                .setParameter(1, key).getSingleResult() > 0;
    }

    @Override
    public int clearExpired() {
        return db.atomic(() -> db.session().createMutationQuery("delete from SessionRecord r where r.expireDate < ?1")
                .setParameter(1, Instant.now()).executeUpdate());
    }
}
