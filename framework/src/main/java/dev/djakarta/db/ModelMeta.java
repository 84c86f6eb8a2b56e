package dev.djakarta.db;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Djakarta knows about one model, Django's {@code Model._meta}: app label, entity name, fields by name, the
 * primary key and the default ordering. Built once from the JPA metamodel; used to validate every field name in a
 * query before any SQL exists, and by the admin and ModelForm.
 */
public final class ModelMeta<T> {
    private final Class<T> type;
    private final String label;
    private final String entityName;
    private final Map<String, FieldMeta> fields;
    private final FieldMeta pk;
    private final List<String> ordering;

    ModelMeta(Class<T> type, String label, EntityType<T> entity) {
        this.type = type;
        this.label = label;
        this.entityName = entity.getName();
        Map<String, FieldMeta> map = new LinkedHashMap<>();
        FieldMeta id = null;
        List<Attribute<? super T, ?>> attrs = new ArrayList<>(entity.getAttributes());
        // declaration order of the Java fields, which the metamodel does not keep
        List<String> declared = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<String> names = new ArrayList<>();
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                names.add(f.getName());
            }
            declared.addAll(0, names);
        }
        attrs.sort(java.util.Comparator.comparingInt(a -> {
            int i = declared.indexOf(a.getName());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        for (Attribute<? super T, ?> a : attrs) {
            FieldMeta.Kind kind = FieldMeta.kindOf(a);
            Class<?> javaType;
            Class<?> target = null;
            boolean isId = false;
            if (a instanceof PluralAttribute<?, ?, ?> plural) {
                javaType = plural.getElementType().getJavaType();
                if (kind != FieldMeta.Kind.ELEMENT_COLLECTION) {
                    target = javaType;
                }
            } else {
                SingularAttribute<?, ?> singular = (SingularAttribute<?, ?>) a;
                javaType = singular.getJavaType();
                isId = singular.isId();
                if (kind == FieldMeta.Kind.MANY_TO_ONE || kind == FieldMeta.Kind.ONE_TO_ONE) {
                    target = javaType;
                }
            }
            FieldMeta f = new FieldMeta(a.getName(), box(javaType), kind, target, isId, a.getJavaMember());
            map.put(a.getName(), f);
            if (isId) {
                id = f;
            }
        }
        if (id == null) {
            throw new IllegalStateException(type.getName() + " has no single @Id attribute; Djakarta models need one");
        }
        this.fields = Collections.unmodifiableMap(map);
        this.pk = id;
        Ordering o = type.getAnnotation(Ordering.class);
        this.ordering = o == null ? List.of() : List.of(o.value());
    }

    static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return c == int.class ? Integer.class : c == long.class ? Long.class : c == boolean.class ? Boolean.class
                : c == double.class ? Double.class : c == float.class ? Float.class : c == short.class ? Short.class
                : c == byte.class ? Byte.class : c == char.class ? Character.class : c;
    }

    public Class<T> type() {
        return type;
    }

    /** The app label ({@code blog}). */
    public String label() {
        return label;
    }

    /** The JPA entity name, used in queries ({@code Post}). */
    public String entityName() {
        return entityName;
    }

    /** Lower-case model name ({@code post}), Django's model_name. */
    public String modelName() {
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /** Fields in declaration order. */
    public Map<String, FieldMeta> fields() {
        return fields;
    }

    /** The primary key field. */
    public FieldMeta pk() {
        return pk;
    }

    /** The {@code @Version} field, or null when the model has none (no optimistic locking). */
    public FieldMeta versionField() {
        for (FieldMeta f : fields.values()) {
            if (f.isVersion()) {
                return f;
            }
        }
        return null;
    }

    /** Default ordering from {@link Ordering}, or empty. */
    public List<String> ordering() {
        return ordering;
    }

    /**
     * The field called {@code name} ({@code "pk"} is the primary key).
     *
     * @throws FieldError naming the model and its fields when there is no such field
     */
    public FieldMeta field(String name, String context) {
        FieldMeta f = "pk".equals(name) ? pk : fields.get(name);
        if (f == null) {
            throw new FieldError("Unknown field '" + name + "' on " + type.getSimpleName() + (context == null ? "" : " in " + context)
                    + ". Fields: " + String.join(", ", fields.keySet()));
        }
        return f;
    }

    /**
     * The primary key value of an instance. A lazy reference (an uninitialized Hibernate proxy, e.g. a post's
     * {@code author} loaded with {@code FetchType.LAZY}) answers with the identifier it holds, without a query: its
     * own fields are never populated, so reading them would give null.
     */
    public Object pkValue(Object instance) {
        // A lazy reference (a Hibernate proxy, e.g. a many-to-one not loaded yet) leaves its own fields unset: read
        // the identifier it was created with instead, which needs no query.
        org.hibernate.proxy.LazyInitializer lazy = org.hibernate.proxy.HibernateProxy.extractLazyInitializer(instance);
        if (lazy != null) {
            return lazy.getInternalIdentifier();
        }
        return pk.get(instance);
    }

    @Override
    public String toString() {
        return label + "." + type.getSimpleName();
    }
}
