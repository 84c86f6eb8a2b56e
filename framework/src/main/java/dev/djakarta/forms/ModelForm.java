package dev.djakarta.forms;

import dev.djakarta.db.FieldMeta;
import dev.djakarta.db.Manager;
import dev.djakarta.db.ModelMeta;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Django's {@code ModelForm}: a form whose fields come from an entity's mapping and Bean Validation constraints.
 *
 * <pre>{@code
 * ModelForm<Post> form = ModelForm.of(Post.class, "title", "slug", "body", "status", "category", "tags").bind(request);
 * if (form.isValid()) { Post post = form.save(); ... }
 * ModelForm.of(Post.class, "title", "body").instance(post)   // editing: initial values from the object; save() updates it
 * }</pre>
 *
 * Strings become text inputs (a textarea above 255 characters) with the column's length as maximum, numbers,
 * booleans, dates and date-times their fields, enums a select of their constants, a many-to-one a select of the
 * related objects (values are primary keys), a many-to-many a multiple select. A field is required when its column
 * is not nullable, its relation not optional, it is primitive, or it carries {@code @NotNull}/{@code @NotBlank}.
 * Validation adds, as Django does, a field error for a value that breaks a unique column ("Post with this Slug
 * already exists.") and the messages of the entity's Bean Validation constraints; nothing reaches the database
 * until {@link #save}.
 */
public class ModelForm<T> extends Form {
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private final Manager<T> manager;
    private final List<String> names;
    private T instance;

    protected ModelForm(Class<T> model, String... fieldNames) {
        this(Manager.of(model), fieldNames);
    }

    private ModelForm(Manager<T> manager, String... fieldNames) {
        super(ModelFields.build(manager, fieldNames));
        this.manager = manager;
        this.names = List.of(fieldNames.length == 0 ? ModelFields.editableNames(manager.meta()).toArray(String[]::new) : fieldNames);
    }

    /** A form for {@code fieldNames} of {@code model} (all editable fields when none are named). */
    public static <T> ModelForm<T> of(Class<T> model, String... fieldNames) {
        return new ModelForm<>(model, fieldNames);
    }

    /** Edits {@code object}: its values become the initial ones, and {@link #save} updates it. */
    public final ModelForm<T> instance(T object) {
        this.instance = object;
        Map<String, Object> values = new LinkedHashMap<>();
        ModelMeta<T> meta = manager.meta();
        for (String name : names) {
            FieldMeta f = meta.field(name, "ModelForm");
            Object v = f.get(object);
            if (f.isRelation() && f.isMultiValued() && v instanceof Collection<?> c) {
                List<String> pks = new ArrayList<>();
                ModelMeta<?> target = manager.database().meta(f.target());
                for (Object o : c) {
                    pks.add(String.valueOf(target.pkValue(o)));
                }
                v = pks;
            } else if (f.isRelation() && v != null) {
                v = String.valueOf(manager.database().meta(f.target()).pkValue(v));
            } else if (v instanceof Enum<?> e) {
                v = e.name();
            } else if (v instanceof java.time.Instant i) {
                v = java.time.LocalDateTime.ofInstant(i, manager.database().timeZone());   // what a datetime-local input shows
            }
            values.put(name, v);
        }
        return initial(values);
    }

    /**
     * Shows the many-to-one {@code name} as a search box asking {@code url} for matches instead of a select of every
     * related object (the admin's {@code autocomplete_fields}); the chosen key is still checked against the database.
     *
     * @throws IllegalArgumentException when {@code name} is not a single-valued relation of this form
     */
    public final ModelForm<T> autocomplete(String name, String url) {
        FieldMeta f = manager.meta().field(name, "ModelForm.autocomplete");
        if (!f.isRelation() || f.isMultiValued() || !names.contains(name)) {
            throw new IllegalArgumentException("ModelForm.autocomplete(\"" + name + "\"): " + manager.meta().type().getSimpleName() + "." + name
                    + " is not a many-to-one relation among this form's fields " + names);
        }
        Field<?, ?> old = requireField(name);
        setField(new ModelChoiceField(name, f.target()).autocompleteUrl(url).required(old.required()).label(old.label())
                .helpText(old.helpText()));
        return this;
    }

    /** The object being edited, or null for a new one. */
    public final T instance() {
        return instance;
    }

    @Override
    protected void clean() throws ValidationError {
        ModelMeta<T> meta = manager.meta();
        Object pk = instance == null ? null : meta.pkValue(instance);
        for (String name : names) {
            FieldMeta f = meta.field(name, "ModelForm");
            Object value = cleanedData().get(name);
            if (value == null || f.isMultiValued() || !ModelFields.isUnique(meta, f) || !errors(name).isEmpty()) {
                continue;
            }
            boolean taken = pk == null ? manager.filter(name, value).exists()
                    : manager.filter(name, value).exclude("pk", pk).exists();
            if (taken) {
                addError(requireFieldNamed(name), meta.type().getSimpleName() + " with this " + ModelFields.label(name) + " already exists.");
            }
        }
        if (errors().isEmpty()) {
            // validate the object as it would be saved, then put an edited object back as it was: an invalid (or not
            // yet saved) form must never leave its values on a managed entity for a later flush to write
            Map<String, Object> before = instance == null ? null : snapshot();
            T candidate = build(false);
            java.util.Set<ConstraintViolation<T>> violations;
            try {
                violations = VALIDATOR.validate(candidate);
            } finally {
                if (before != null) {
                    restore(before);
                }
            }
            for (ConstraintViolation<T> v : violations) {
                String property = v.getPropertyPath().toString();
                if (names.contains(property)) {
                    addError(requireFieldNamed(property), v.getMessage());
                } else {
                    addError(ModelFields.label(property) + ": " + v.getMessage());
                }
            }
        }
    }

    private Field<?, ?> requireFieldNamed(String name) {
        return requireField(name);
    }

    /**
     * Creates or updates the object from the cleaned data and saves it (many-to-many links included).
     *
     * @throws IllegalStateException when the form is not valid
     */
    public final T save() {
        if (!isValid()) {
            throw new IllegalStateException("The " + manager.meta().type().getSimpleName() + " could not be saved because the data "
                    + "didn't validate: " + errors());
        }
        return manager.database().atomic(() -> manager.save(build(true)));
    }

    /** The instance with the form's values applied (collections only when {@code withCollections}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private T build(boolean withCollections) {
        ModelMeta<T> meta = manager.meta();
        T target = instance != null ? instance : manager.instantiate(Map.of());
        Map<String, Object> plain = new LinkedHashMap<>();
        for (String name : names) {
            FieldMeta f = meta.field(name, "ModelForm");
            Object value = cleanedData().get(name);
            if (f.isMultiValued()) {
                if (withCollections) {
                    Collection<Object> collection = (Collection<Object>) f.get(target);
                    collection.clear();
                    List<?> pks = value == null ? List.of() : (List<?>) value;
                    if (!pks.isEmpty()) {
                        collection.addAll(Manager.of(f.target()).filter("pk__in", pks).list());
                    }
                }
            } else if (value instanceof java.time.LocalDateTime local && f.type() == java.time.Instant.class) {
                plain.put(name, local.atZone(manager.database().timeZone()).toInstant());
            } else {
                plain.put(name, value instanceof String s && s.isEmpty() && !String.class.equals(f.type()) ? null : value);
            }
        }
        manager.assign(target, plain);
        return target;
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : names) {
            FieldMeta f = manager.meta().field(name, "ModelForm");
            if (!f.isMultiValued()) {
                values.put(name, f.get(instance));
            }
        }
        return values;
    }

    private void restore(Map<String, Object> values) {
        values.forEach((name, value) -> manager.meta().field(name, "ModelForm").set(instance, value));
    }

    /** The field names this form edits. */
    public final List<String> fieldNames() {
        return names;
    }
}
