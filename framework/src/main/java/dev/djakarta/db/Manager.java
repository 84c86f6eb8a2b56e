package dev.djakarta.db;

import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;

/**
 * A model's entry point for queries and writes, Django's {@code Model.objects}. Give entities a static accessor:
 * <pre>{@code
 * @Entity public class Post {
 *     public static Manager<Post> objects() { return Manager.of(Post.class); }
 *     ...
 * }
 * Post.objects().filter("status", Status.PUBLISHED).orderBy("-published").limit(10)
 * }</pre>
 * Writes outside an {@link Database#atomic} block commit at once (Django's autocommit); inside one they join it
 * without a savepoint, as Django's save() does. {@link #save} writes at once, so a database error (a unique
 * constraint) is raised by the save() that caused it, as in Django; to write many changed objects in JDBC batches use
 * {@link #bulkUpdate} (Django's bulk_update).
 */
public final class Manager<T> {
    private final Database db;
    private final ModelMeta<T> meta;

    Manager(Database db, ModelMeta<T> meta) {
        this.db = db;
        this.meta = meta;
    }

    /** The manager of {@code model} in the database of the started site. */
    public static <T> Manager<T> of(Class<T> model) {
        return Database.forModel(model).manager(model);
    }

    public ModelMeta<T> meta() {
        return meta;
    }

    public Database database() {
        return db;
    }

    public QuerySet<T> all() {
        return new QuerySet<>(db, meta);
    }

    public QuerySet<T> filter(Object... keysAndValues) {
        return all().filter(keysAndValues);
    }

    public QuerySet<T> filter(Q q) {
        return all().filter(q);
    }

    public QuerySet<T> exclude(Object... keysAndValues) {
        return all().exclude(keysAndValues);
    }

    public QuerySet<T> orderBy(String... fields) {
        return all().orderBy(fields);
    }

    public QuerySet<T> none() {
        return all().none();
    }

    /** @see QuerySet#get */
    public T get(Object... keysAndValues) {
        return all().get(keysAndValues);
    }

    public T first() {
        return all().first();
    }

    public T last() {
        return all().last();
    }

    public long count() {
        return all().count();
    }

    public boolean exists() {
        return all().exists();
    }

    /** Saves a new object and returns it (with its generated primary key). */
    public T create(T instance) {
        return db.write(() -> {
            Session s = db.session();
            s.persist(instance);
            s.flush();
            return instance;
        });
    }

    /** Creates and saves an object from alternating field names and values: {@code create("title", "Hi", "author", ann)}. */
    public T create(Object... fieldsAndValues) {
        return create(instantiate(pairs(fieldsAndValues)));
    }

    /** Saves an object: inserts it when new, otherwise writes its changes. Returns the managed instance. */
    public T save(T instance) {
        return db.write(() -> {
            Session s = db.session();
            if (meta.pkValue(instance) == null) {
                s.persist(instance);
                s.flush();
                return instance;
            }
            T managed = s.contains(instance) ? instance : s.merge(instance);
            s.flush();
            return managed;
        });
    }

    /** Deletes one object. */
    public void delete(T instance) {
        db.write(() -> {
            Session s = db.session();
            s.remove(s.contains(instance) ? instance : s.merge(instance));
            s.flush();
        });
    }

    /** Inserts many objects in one transaction with JDBC batching; returns them with their keys. */
    public List<T> bulkCreate(List<T> instances) {
        return db.write(() -> {
            Session s = db.session();
            int n = 0;
            for (T instance : instances) {
                s.persist(instance);
                if (++n % 50 == 0) {
                    s.flush();
                }
            }
            s.flush();
            return instances;
        });
    }

    /**
     * Django's {@code bulk_update(objs, fields)}: writes {@code fields} of every object in one transaction, as UPDATEs
     * sent in JDBC batches (50 a round trip) instead of one round trip per object. The objects must have keys (be
     * saved already); other fields' changes are written too when the objects were loaded in this unit of work.
     *
     * @return the number of objects written
     * @throws IllegalArgumentException for an object without a key or an unknown field name
     */
    public int bulkUpdate(java.util.Collection<T> instances, String... fields) {
        for (String f : fields) {
            meta.field(f, "bulkUpdate");
        }
        return db.atomic(() -> {
            Session s = db.session();
            int n = 0;
            for (T instance : instances) {
                if (meta.pkValue(instance) == null) {
                    throw new IllegalArgumentException("bulkUpdate() needs saved objects; " + meta.type().getSimpleName()
                            + " " + instance + " has no key (use bulkCreate)");
                }
                if (!s.contains(instance)) {
                    T managed = s.getReference(meta.type(), meta.pkValue(instance));
                    for (String f : fields) {
                        meta.field(f, "bulkUpdate").set(managed, meta.field(f, "bulkUpdate").get(instance));
                    }
                }
                if (++n % 50 == 0) {
                    s.flush();
                }
            }
            s.flush();
            return n;
        });
    }

    /** Result of {@link #getOrCreate} / {@link #updateOrCreate}. */
    public record Created<T>(T object, boolean created) {
    }

    /**
     * The object matching {@code lookup}, or a new one made from {@code lookup} plus {@code defaults}. A concurrent
     * insert that wins the race (unique constraint) is re-read, as in Django.
     */
    public Created<T> getOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return db.atomic(() -> {
            try {
                return new Created<>(get(flatten(lookup)), false);
            } catch (ObjectDoesNotExist missing) {
                try {
                    return new Created<>(db.atomic(() -> create(instantiate(merged(lookup, defaults)))), true);
                } catch (ConstraintViolationException race) {
                    return new Created<>(get(flatten(lookup)), false);
                }
            }
        });
    }

    /** Updates the object matching {@code lookup} with {@code defaults}, or creates it from both. */
    public Created<T> updateOrCreate(Map<String, ?> lookup, Map<String, ?> defaults) {
        return db.atomic(() -> {
            List<T> found = filter(flatten(lookup)).limit(2).list();
            if (found.size() > 1) {
                throw new MultipleObjectsReturned("updateOrCreate() matched more than one " + meta.type().getSimpleName());
            }
            if (found.isEmpty()) {
                return new Created<>(create(instantiate(merged(lookup, defaults))), true);
            }
            T object = found.get(0);
            assign(object, (Map<String, Object>) (Map<?, ?>) defaults);
            db.session().flush();
            return new Created<>(object, false);
        });
    }

    private static Object[] flatten(Map<String, ?> map) {
        Object[] out = new Object[map.size() * 2];
        int i = 0;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            out[i++] = e.getKey();
            out[i++] = e.getValue();
        }
        return out;
    }

    private static Map<String, Object> merged(Map<String, ?> lookup, Map<String, ?> defaults) {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        lookup.forEach((k, v) -> {
            if (!k.contains("__")) {
                all.put(k, v);
            }
        });
        all.putAll(defaults);
        return all;
    }

    private static Map<String, Object> pairs(Object[] fieldsAndValues) {
        if (fieldsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Fields come in (\"name\", value) pairs; got an odd number of arguments");
        }
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            map.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return map;
    }

    /** A new instance with the given fields set (strings are converted to the fields' types; relations take objects or ids). */
    public T instantiate(Map<String, Object> fields) {
        T instance;
        try {
            var ctor = meta.type().getDeclaredConstructor();
            ctor.setAccessible(true);
            instance = ctor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(meta.type().getName() + " needs a no-argument constructor (JPA requires one)", e);
        }
        assign(instance, fields);
        return instance;
    }

    /**
     * Sets fields on an instance, converting strings to the fields' types and ids to related objects (references);
     * collections are left alone.
     */
    public void assign(T instance, Map<String, Object> fields) {
        fields.forEach((name, value) -> {
            FieldMeta f = meta.field(name, "create()");
            Object v = value;
            if (f.isRelation() && !f.isMultiValued()) {
                ModelMeta<?> target = db.meta(f.target());
                if (v != null && !target.type().isInstance(v)) {
                    v = db.session().getReference(target.type(), Values.coerce(target.pk().type(), v, target.type().getSimpleName(), "pk"));
                }
            } else if (!f.isMultiValued()) {
                v = Values.coerce(f.type(), v, meta.type().getSimpleName(), name);
            }
            f.set(instance, v);
        });
    }
}
