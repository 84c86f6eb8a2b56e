package dev.djakarta.db;

import jakarta.persistence.metamodel.Attribute;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;

/**
 * One attribute of a model, from the JPA metamodel: its name, Java type, kind and (for relations) the target
 * model. Read once at start-up.
 */
public final class FieldMeta {
    /** What the attribute is. */
    public enum Kind { BASIC, EMBEDDED, MANY_TO_ONE, ONE_TO_ONE, ONE_TO_MANY, MANY_TO_MANY, ELEMENT_COLLECTION }

    private final String name;
    private final Class<?> type;
    private final Kind kind;
    private final Class<?> target;
    private final boolean id;
    private final Member member;
    private final boolean version;

    FieldMeta(String name, Class<?> type, Kind kind, Class<?> target, boolean id, Member member) {
        this.name = name;
        this.type = type;
        this.kind = kind;
        this.target = target;
        this.id = id;
        this.member = member;
        this.version = member instanceof java.lang.reflect.AnnotatedElement e && e.isAnnotationPresent(jakarta.persistence.Version.class);
        if (member instanceof Field f) {
            f.setAccessible(true);
        } else if (member instanceof Method m) {
            m.setAccessible(true);
        }
    }

    static Kind kindOf(Attribute<?, ?> a) {
        return switch (a.getPersistentAttributeType()) {
            case BASIC -> Kind.BASIC;
            case EMBEDDED -> Kind.EMBEDDED;
            case MANY_TO_ONE -> Kind.MANY_TO_ONE;
            case ONE_TO_ONE -> Kind.ONE_TO_ONE;
            case ONE_TO_MANY -> Kind.ONE_TO_MANY;
            case MANY_TO_MANY -> Kind.MANY_TO_MANY;
            case ELEMENT_COLLECTION -> Kind.ELEMENT_COLLECTION;
        };
    }

    public String name() {
        return name;
    }

    /** The Java type of the value (the element type for collections). */
    public Class<?> type() {
        return type;
    }

    public Kind kind() {
        return kind;
    }

    /** The related model for relations, else null. */
    public Class<?> target() {
        return target;
    }

    public boolean isId() {
        return id;
    }

    /**
     * True for the entity's {@code @Version} attribute (optimistic locking): the value Hibernate increments on each
     * update, which forms and the admin use to detect an edit made over a newer saved version.
     */
    public boolean isVersion() {
        return version;
    }

    /** True for relations to other models. */
    public boolean isRelation() {
        return kind == Kind.MANY_TO_ONE || kind == Kind.ONE_TO_ONE || kind == Kind.ONE_TO_MANY || kind == Kind.MANY_TO_MANY;
    }

    /** True when the attribute holds many values (a collection). */
    public boolean isMultiValued() {
        return kind == Kind.ONE_TO_MANY || kind == Kind.MANY_TO_MANY || kind == Kind.ELEMENT_COLLECTION;
    }

    /** Reads the attribute of an instance (a lazy Hibernate proxy is initialized first: its own fields are empty). */
    public Object get(Object instance) {
        if (instance instanceof org.hibernate.proxy.HibernateProxy && member instanceof Field) {
            instance = org.hibernate.Hibernate.unproxy(instance);
        }
        try {
            if (member instanceof Field f) {
                return f.get(instance);
            }
            return ((Method) member).invoke(instance);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + instance.getClass().getSimpleName(), e);
        }
    }

    /** Writes the attribute of an instance (through the field, or the matching setter for property access). */
    public void set(Object instance, Object value) {
        try {
            if (member instanceof Field f) {
                f.set(instance, value);
            } else {
                Method getter = (Method) member;
                String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
                instance.getClass().getMethod(setter, getter.getReturnType()).invoke(instance, value);
            }
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new FieldError("Cannot set " + instance.getClass().getSimpleName() + "." + name + " to "
                    + (value == null ? "null" : value.getClass().getSimpleName() + " '" + value + "'") + ": expected "
                    + type.getSimpleName());
        }
    }

    @Override
    public String toString() {
        return name + ":" + type.getSimpleName() + (isRelation() ? "->" + target.getSimpleName() : "");
    }
}
