package dev.djakarta.admin;

import dev.djakarta.db.Database;
import dev.djakarta.db.FieldMeta;
import dev.djakarta.db.ModelMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Hibernate;

/** Small helpers over model instances: keys from URLs, comparable snapshots of field values. */
final class Entities {
    private Entities() {
    }

    /** The real object behind a lazy reference (fields of a proxy are not its values). */
    static Object unproxy(Object object) {
        return object == null ? null : Hibernate.unproxy(object);
    }

    /** Loads the relations among {@code names} and detaches the object from the request's persistence context. */
    static void detach(ModelMeta<?> meta, Object object, List<String> names) {
        for (String name : names) {
            FieldMeta f = meta.fields().get(name);
            if (f != null && f.isRelation()) {
                Hibernate.initialize(f.get(object));
            }
        }
        Database.forModel(meta.type()).session().detach(object);
    }

    /** A primary key parsed from a URL or form value to the key's type, or null when it cannot be one. */
    static Object parsePk(ModelMeta<?> meta, String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 100) {
            return null;
        }
        Class<?> type = meta.pk().type();
        try {
            if (type == Long.class) {
                return Long.valueOf(raw);
            }
            if (type == Integer.class) {
                return Integer.valueOf(raw);
            }
            if (type == Short.class) {
                return Short.valueOf(raw);
            }
            if (type == UUID.class) {
                return UUID.fromString(raw);
            }
            return type == String.class ? raw : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String pkString(Object entity) {
        Object real = unproxy(entity);
        return String.valueOf(Database.forModel(real.getClass()).meta(real.getClass()).pkValue(real));
    }

    /**
     * The values of {@code names} as strings that compare equal exactly when the stored values are equal: related
     * objects by key, collections as sorted keys. Used to tell what changed, and whether someone else saved first.
     */
    static Map<String, String> snapshot(ModelMeta<?> meta, Object object, List<String> names) {
        Object real = unproxy(object);
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            FieldMeta f = meta.fields().get(name);
            if (f == null) {
                continue;
            }
            Object v = f.get(real);
            if (v == null) {
                out.put(name, null);
            } else if (f.isRelation() && v instanceof Collection<?> c) {
                List<String> keys = new ArrayList<>();
                for (Object o : c) {
                    keys.add(pkString(o));
                }
                keys.sort(null);
                out.put(name, String.join(",", keys));
            } else if (f.isRelation()) {
                out.put(name, pkString(v));
            } else if (v instanceof Enum<?> e) {
                out.put(name, e.name());
            } else if (v instanceof java.math.BigDecimal d) {
                out.put(name, d.stripTrailingZeros().toPlainString());
            } else {
                out.put(name, v.toString());
            }
        }
        return out;
    }
}
