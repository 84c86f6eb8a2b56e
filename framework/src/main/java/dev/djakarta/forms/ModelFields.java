package dev.djakarta.forms;

import dev.djakarta.db.FieldMeta;
import dev.djakarta.db.Manager;
import dev.djakarta.db.ModelMeta;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds form fields from a model's metadata and annotations (for {@link ModelForm}). */
final class ModelFields {
    private ModelFields() {
    }

    /** Fields a ModelForm edits by default: everything but the generated key and reverse collections. */
    static List<String> editableNames(ModelMeta<?> meta) {
        List<String> out = new ArrayList<>();
        for (FieldMeta f : meta.fields().values()) {
            if (!(f.isId() && element(meta, f).isAnnotationPresent(GeneratedValue.class)) && f.kind() != FieldMeta.Kind.ONE_TO_MANY
                    && f.kind() != FieldMeta.Kind.EMBEDDED && f.kind() != FieldMeta.Kind.ELEMENT_COLLECTION) {
                out.add(f.name());
            }
        }
        return out;
    }

    static Field<?, ?>[] build(Manager<?> manager, String... names) {
        ModelMeta<?> meta = manager.meta();
        List<String> list = names.length == 0 ? editableNames(meta) : List.of(names);
        List<Field<?, ?>> fields = new ArrayList<>();
        for (String name : list) {
            FieldMeta f = meta.field(name, "ModelForm.of(" + meta.type().getSimpleName() + ")");
            fields.add(field(manager, meta, f));
        }
        return fields.toArray(Field<?, ?>[]::new);
    }

    private static Field<?, ?> field(Manager<?> manager, ModelMeta<?> meta, FieldMeta f) {
        AnnotatedElement el = element(meta, f);
        Column column = el.getAnnotation(Column.class);
        boolean required = isRequired(f, el, column);
        String label = label(f.name());
        Class<?> type = f.type();
        if (f.isRelation() && f.isMultiValued()) {
            return new MultipleChoiceField(f.name()).choices(choices(manager, f)).required(false).label(label);
        }
        if (f.isRelation()) {
            return new ModelChoiceField(f.name(), f.target()).required(required).label(label);
        }
        if (type.isEnum()) {
            List<Choice> choices = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                choices.add(Choice.of(((Enum<?>) c).name(), pretty(((Enum<?>) c).name())));
            }
            return new ChoiceField(f.name()).choices(choices).required(required).label(label);
        }
        if (type == String.class) {
            int length = column == null ? 255 : column.length();
            Size size = el.getAnnotation(Size.class);
            if (size != null && size.max() < length) {
                length = size.max();
            }
            CharField c = new CharField(f.name()).maxLength(length).required(required).label(label);
            return length > 255 ? c.textarea() : c;
        }
        if (type == Integer.class || type == Long.class || type == Short.class) {
            return new IntegerField(f.name()).required(required).label(label);
        }
        if (type == BigDecimal.class || type == Double.class || type == Float.class) {
            return new DecimalField(f.name()).required(required).label(label);
        }
        if (type == Boolean.class) {
            return new BooleanField(f.name()).required(required).label(label);
        }
        if (type == LocalDate.class) {
            return new DateField(f.name()).required(required).label(label);
        }
        if (type == LocalDateTime.class || type == Instant.class) {
            return new DateTimeField(f.name()).required(required).label(label);
        }
        throw new IllegalArgumentException("ModelForm cannot edit " + meta.type().getSimpleName() + "." + f.name() + " of type "
                + type.getSimpleName() + "; leave it out of the field list or write the field by hand");
    }

    private static List<Choice> choices(Manager<?> manager, FieldMeta f) {
        ModelMeta<?> target = manager.database().meta(f.target());
        List<Choice> out = new ArrayList<>();
        for (Object o : Manager.of(f.target()).all().list()) {
            out.add(Choice.of(String.valueOf(target.pkValue(o)), String.valueOf(o)));
        }
        return out;
    }

    private static boolean isRequired(FieldMeta f, AnnotatedElement el, Column column) {
        if (el.isAnnotationPresent(dev.djakarta.db.Blank.class)) {
            return false;
        }
        if (el.isAnnotationPresent(NotNull.class) || el.isAnnotationPresent(NotBlank.class) || el.isAnnotationPresent(NotEmpty.class)) {
            return true;
        }
        if (f.type() == Boolean.class) {
            return false;
        }
        if (f.isRelation()) {
            ManyToOne m2o = el.getAnnotation(ManyToOne.class);
            OneToOne o2o = el.getAnnotation(OneToOne.class);
            return (m2o != null && !m2o.optional()) || (o2o != null && !o2o.optional());
        }
        return (column != null && !column.nullable()) || isPrimitive(el);
    }

    private static boolean isPrimitive(AnnotatedElement el) {
        return el instanceof java.lang.reflect.Field jf && jf.getType().isPrimitive();
    }

    /** True for {@code @Column(unique = true)} fields. */
    static boolean isUnique(ModelMeta<?> meta, FieldMeta f) {
        Column column = element(meta, f).getAnnotation(Column.class);
        return column != null && column.unique();
    }

    static AnnotatedElement element(ModelMeta<?> meta, FieldMeta f) {
        for (Class<?> c = meta.type(); c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(f.name());
            } catch (NoSuchFieldException e) {
                // property access or declared higher up
            }
        }
        return meta.type();
    }

    /** "publishedAt" becomes "Published at", Django's verbose name. */
    static String label(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String pretty(String constant) {
        return label(constant.toLowerCase(java.util.Locale.ROOT));
    }
}
