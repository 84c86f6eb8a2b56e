package dev.djakarta.admin;

import dev.djakarta.db.Database;
import dev.djakarta.db.FieldMeta;
import dev.djakarta.db.Manager;
import dev.djakarta.db.ModelMeta;
import dev.djakarta.http.Request;
import jakarta.persistence.CascadeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What deleting an object would do, from the model metadata: objects of other models whose foreign key points at it
 * are deleted with it when this model maps them with cascading removal (Django's CASCADE), and otherwise prevent the
 * deletion (Django's PROTECT: the database would refuse); many-to-many links to it are removed.
 */
final class Deletion {
    /** The outcome: what goes with the object, and what stops it. */
    record Plan(List<String> cascaded, List<String> protectedBy) {
        boolean allowed() {
            return protectedBy.isEmpty();
        }
    }

    private static final int SHOWN = 50;

    private Deletion() {
    }

    static Plan plan(Object object) {
        Object real = Entities.unproxy(object);
        Class<?> type = real.getClass();
        Database db = Database.forModel(type);
        Object pk = db.meta(type).pkValue(real);
        List<String> cascaded = new ArrayList<>();
        List<String> protectedBy = new ArrayList<>();
        for (ModelMeta<?> other : db.models().values()) {
            for (FieldMeta f : other.fields().values()) {
                if ((f.kind() == FieldMeta.Kind.MANY_TO_ONE || f.kind() == FieldMeta.Kind.ONE_TO_ONE) && f.target() != null
                        && f.target().isAssignableFrom(type)) {
                    List<?> related = Manager.of(other.type()).filter(f.name(), pk).limit(SHOWN).list();
                    boolean cascades = cascades(type, f.name(), other.type());
                    for (Object o : related) {
                        String text = Display.humanize(other.modelName()) + ": " + AdminSite.repr(o);
                        (cascades ? cascaded : protectedBy).add(text);
                    }
                }
            }
        }
        return new Plan(cascaded, protectedBy);
    }

    /** Deletes the object (after unlinking many-to-many references to it) and logs it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> void delete(Request request, ModelAdmin<T> admin, T object) {
        Object real = Entities.unproxy(object);
        Database db = Database.forModel(admin.model());
        String pk = Entities.pkString(real);
        String repr = admin.repr(object);
        db.atomic(() -> {
            for (ModelMeta<?> other : db.models().values()) {
                for (FieldMeta f : other.fields().values()) {
                    if (f.kind() == FieldMeta.Kind.MANY_TO_MANY && f.target() != null && f.target().isAssignableFrom(real.getClass())
                            && mappedByCollection(other.type(), f.name()) == null) {
                        for (Object holder : Manager.of(other.type()).filter(f.name(), db.meta(admin.model()).pkValue(real)).list()) {
                            ((Collection) f.get(Entities.unproxy(holder))).remove(real);
                        }
                    }
                }
            }
            db.session().flush();
            Manager.of(admin.model()).delete((T) real);
            AdminSite.log(request, admin, repr, pk, LogEntry.DELETION, List.of());
        });
    }

    /** Whether {@code type} maps {@code other.field} as a one-to-many (or one-to-one) with cascading removal. */
    private static boolean cascades(Class<?> type, String field, Class<?> other) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                OneToMany many = f.getAnnotation(OneToMany.class);
                if (many != null && many.mappedBy().equals(field) && (many.orphanRemoval() || removes(many.cascade()))) {
                    return true;
                }
                OneToOne one = f.getAnnotation(OneToOne.class);
                if (one != null && one.mappedBy().equals(field) && (one.orphanRemoval() || removes(one.cascade()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean removes(CascadeType[] types) {
        return Arrays.stream(types).anyMatch(t -> t == CascadeType.ALL || t == CascadeType.REMOVE);
    }

    /** The mappedBy of a many-to-many field (null on the owning side, which holds the join table). */
    private static String mappedByCollection(Class<?> owner, String field) {
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                jakarta.persistence.ManyToMany m = c.getDeclaredField(field).getAnnotation(jakarta.persistence.ManyToMany.class);
                return m == null || m.mappedBy().isEmpty() ? null : m.mappedBy();
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        return null;
    }
}
