package dev.djakarta.forms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.djakarta.http.BadRequest;
import dev.djakarta.http.Params;
import dev.djakarta.http.Request;
import dev.djakarta.http.UploadedFile;
import dev.djakarta.templates.TemplateReadable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form: Django's {@code forms.Form}. Declare the fields once, as constants, and pass them to the constructor;
 * create a form per request, bind it to what was posted, and ask whether it is valid.
 *
 * <pre>{@code
 * public final class ContactForm extends Form {
 *     static final CharField NAME = new CharField("name").maxLength(100);
 *     static final EmailField EMAIL = new EmailField("email");
 *     static final CharField MESSAGE = new CharField("message").textarea().helpText("Plain text, please.");
 *
 *     public ContactForm() {
 *         super(NAME, EMAIL, MESSAGE);
 *         cleanWith(NAME, this::cleanName);                  // Django's clean_name()
 *     }
 *
 *     private String cleanName(String name) throws ValidationError {
 *         if (name.equalsIgnoreCase("admin")) throw new ValidationError("Pick another name.");
 *         return name;
 *     }
 *
 *     @Override protected void clean() {                   // whole-form checks
 *         if ("spam".equals(cleaned(MESSAGE))) addError("This looks like spam.");
 *     }
 * }
 *
 * ContactForm form = new ContactForm().bind(request);
 * if (form.isValid()) { send(form.cleaned(EMAIL), form.cleaned(MESSAGE)); }
 * }</pre>
 *
 * <p>Cleaning happens once, on the first call that needs it: each field in order (its own checks, then its
 * {@link #cleanWith} hook), then {@link #clean()}. Errors never escape as exceptions: they are kept per field (or,
 * from {@link #clean()}, as non-field errors) and shown when the form is rendered again, with what the user typed.
 *
 * <p>Templates render a form with {@code ~{djakarta/forms/form.html :: fields(${form})}}, or one field with
 * {@code ~{djakarta/forms/field.html :: field(${form.field('email')})}}. A form belongs to one request.
 */
public abstract class Form implements TemplateReadable {
    /** Key of the non-field errors in {@link #errors()}, as in Django. */
    public static final String NON_FIELD_ERRORS = "__all__";

    /** A per-field clean hook: returns the value to keep, or throws to reject it. */
    @FunctionalInterface
    public interface Cleaner<T> {
        T clean(T value) throws ValidationError;
    }

    private final Map<String, Field<?, ?>> fields = new LinkedHashMap<>();
    private final Map<String, Cleaner<?>> cleaners = new LinkedHashMap<>(0);
    private String prefix;
    private Map<String, Object> initial = Map.of();
    private Params data;
    private Map<String, List<UploadedFile>> files = Map.of();
    private Map<String, List<FormError>> errors;
    private Map<String, Object> cleanedData;
    private List<BoundField> bound;

    protected Form(Field<?, ?>... fields) {
        for (Field<?, ?> f : fields) {
            if (this.fields.putIfAbsent(f.name(), f) != null) {
                throw new IllegalArgumentException(getClass().getSimpleName() + " has two fields named '" + f.name() + "'");
            }
        }
    }

    // ---- set-up ---------------------------------------------------------------------------------------------

    /** Runs {@code cleaner} on the field's cleaned value when the field itself is valid: Django's {@code clean_<name>()}. */
    protected final <T> void cleanWith(Field<T, ?> field, Cleaner<T> cleaner) {
        requireField(field.name());
        cleaners.put(field.name(), cleaner);
    }

    /**
     * Puts the form's fields under {@code prefix}: the input named {@code body} becomes {@code comments-0-body} (with
     * id {@code id_comments-0-body}), so several forms fit in one HTML form, as Django's {@code prefix=}. Errors,
     * cleaned data and initial values stay keyed by the plain field names.
     */
    @SuppressWarnings("unchecked")
    public final <F extends Form> F prefix(String prefix) {
        this.prefix = prefix == null || prefix.isEmpty() ? null : prefix;
        this.bound = null;
        return (F) this;
    }

    /** The prefix set with {@link #prefix(String)}, or null. */
    public final String prefix() {
        return prefix;
    }

    /** The name a field's input has in the HTML form: {@code <prefix>-<name>}, or the name itself without prefix. */
    public final String htmlName(String fieldName) {
        return prefix == null ? fieldName : prefix + "-" + fieldName;
    }

    /**
     * Adds a field, or replaces the one with the same name in place (Django's {@code form.fields["author"] = ...}):
     * for a form that needs one field built differently, such as a {@link ModelForm} field shown as a search box.
     */
    @SuppressWarnings("unchecked")
    public final <F extends Form> F setField(Field<?, ?> field) {
        fields.put(field.name(), field);
        this.bound = null;
        this.errors = null;
        this.cleanedData = null;
        return (F) this;
    }

    /**
     * The names of the fields whose submitted value differs from the initial one (Django's {@code changed_data});
     * empty for an unbound form. A blank extra form of a formset has none.
     */
    public final List<String> changedData() {
        List<String> out = new ArrayList<>();
        if (!isBound()) {
            return out;
        }
        for (Field<?, ?> f : fields.values()) {
            if (f.widget() == Widget.FILE) {
                if (!files.getOrDefault(htmlName(f.name()), List.of()).isEmpty()) {
                    out.add(f.name());
                }
                continue;
            }
            List<String> typed = data.getAll(htmlName(f.name()));
            Object initial = initialValue(f);
            List<String> before;
            if (initial instanceof java.util.Collection<?> c) {
                before = c.stream().map(String::valueOf).sorted().toList();
                typed = typed.stream().sorted().toList();
            } else if (f.widget() == Widget.CHECKBOX) {
                before = Boolean.TRUE.equals(initial) ? List.of("true") : List.of();
                typed = !typed.isEmpty() && BooleanField.isTrue(typed.get(typed.size() - 1)) ? List.of("true") : List.of();
            } else {
                String text = initial == null ? "" : f.formatAny(initial);
                before = text.isEmpty() ? List.of() : List.of(text);
                String last = typed.isEmpty() ? "" : typed.get(typed.size() - 1).strip();
                typed = last.isEmpty() ? List.of() : List.of(last);
            }
            if (!before.equals(typed)) {
                out.add(f.name());
            }
        }
        return out;
    }

    /** Values an unbound form shows, by field name (they win over the fields' own initial values). */
    @SuppressWarnings("unchecked")
    public final <F extends Form> F initial(Map<String, ?> values) {
        values.keySet().forEach(this::requireField);
        this.initial = new LinkedHashMap<>(values);
        return (F) this;
    }

    /** Binds the form to the request's form fields and uploaded files (Django's {@code Form(request.POST, request.FILES)}). */
    public final <F extends Form> F bind(Request request) {
        return bind(request.form(), request.files());
    }

    public final <F extends Form> F bind(Params data) {
        return bind(data, Map.of());
    }

    @SuppressWarnings("unchecked")
    public final <F extends Form> F bind(Params data, Map<String, List<UploadedFile>> files) {
        this.data = data;
        this.files = files == null ? Map.of() : files;
        this.errors = null;
        this.cleanedData = null;
        this.bound = null;
        return (F) this;
    }

    /**
     * Binds the form to a JSON object (an API's body): strings, numbers and booleans are the fields' values, arrays
     * give several values, null and missing names give none. Nested objects are passed on as their JSON text.
     *
     * @throws BadRequest when the body is not a JSON object
     */
    public final <F extends Form> F bindJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new BadRequest("Expected a JSON object with the form's fields: " + String.join(", ", fields.keySet()));
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        json.properties().forEach(e -> {
            List<String> list = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(item -> list.add(item.isValueNode() ? item.asText() : item.toString()));
            } else if (!e.getValue().isNull()) {
                list.add(e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
            }
            values.put(e.getKey(), list);
        });
        return bind(Params.of(values));
    }

    // ---- validation -----------------------------------------------------------------------------------------

    public final boolean isBound() {
        return data != null;
    }

    /** True when the form is bound and no field or {@link #clean()} reported an error. */
    public final boolean isValid() {
        return isBound() && errors().isEmpty();
    }

    /**
     * Error messages by field name, in field order, with non-field errors under {@link #NON_FIELD_ERRORS}; empty for
     * an unbound form.
     */
    public final Map<String, List<String>> errors() {
        fullClean();
        Map<String, List<String>> out = new LinkedHashMap<>();
        errors.forEach((name, list) -> out.put(name, list.stream().map(FormError::message).toList()));
        return out;
    }

    /** The errors of one field (or {@link #NON_FIELD_ERRORS}), empty when none. */
    public final List<String> errors(String name) {
        fullClean();
        return errors.getOrDefault(name, List.of()).stream().map(FormError::message).toList();
    }

    /** Errors from {@link #clean()}, shown above the fields. */
    public final List<String> nonFieldErrors() {
        return errors(NON_FIELD_ERRORS);
    }

    /** Django's {@code errors.get_json_data()}: {@code {"email": [{"message": "...", "code": "invalid"}]}}. */
    public final Map<String, List<Map<String, String>>> errorsJson() {
        fullClean();
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        errors.forEach((name, list) -> out.put(name, list.stream().map(e -> Map.of("message", e.message(), "code", e.code())).toList()));
        return out;
    }

    /** The valid fields' cleaned values by name (fields with errors are absent). Empty for an unbound form. */
    public final Map<String, Object> cleanedData() {
        fullClean();
        return Collections.unmodifiableMap(cleanedData);
    }

    /** One field's cleaned value, or null when the field is invalid or the form unbound. */
    @SuppressWarnings("unchecked")
    public final <T> T cleaned(Field<T, ?> field) {
        requireField(field.name());
        return (T) cleanedData().get(field.name());
    }

    /** Whole-form validation after every field has been cleaned: Django's {@code clean()}. Report with addError. */
    protected void clean() throws ValidationError {
    }

    /** Adds an error to a field (and drops its cleaned value), for use in {@link #clean()} or after a failed save. */
    public final void addError(Field<?, ?> field, String message) {
        addErrors(field == null ? NON_FIELD_ERRORS : requireField(field.name()).name(), List.of(new FormError(message, "invalid")));
    }

    /** Adds a non-field error, shown above the form. */
    public final void addError(String message) {
        addErrors(NON_FIELD_ERRORS, List.of(new FormError(message, "invalid")));
    }

    private void addErrors(String name, List<FormError> list) {
        fullClean();
        errors.computeIfAbsent(name, k -> new ArrayList<>(1)).addAll(list);
        cleanedData.remove(name);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fullClean() {
        if (errors != null) {
            return;
        }
        errors = new LinkedHashMap<>();
        cleanedData = new LinkedHashMap<>();
        if (!isBound()) {
            return;
        }
        for (Field<?, ?> field : fields.values()) {
            try {
                String key = htmlName(field.name());
                Object value = field.clean(data.getAll(key), files.getOrDefault(key, List.of()));
                Cleaner cleaner = cleaners.get(field.name());
                if (cleaner != null) {
                    value = cleaner.clean(value);
                }
                cleanedData.put(field.name(), value);
            } catch (ValidationError e) {
                errors.computeIfAbsent(field.name(), k -> new ArrayList<>(1)).addAll(e.errors());
            }
        }
        try {
            clean();
        } catch (ValidationError e) {
            errors.computeIfAbsent(NON_FIELD_ERRORS, k -> new ArrayList<>(1)).addAll(e.errors());
        }
    }

    /* package */ Field<?, ?> requireField(String name) {
        Field<?, ?> f = fields.get(name);
        if (f == null) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " has no field '" + name + "'. Fields: "
                    + String.join(", ", fields.keySet()));
        }
        return f;
    }

    // ---- rendering ------------------------------------------------------------------------------------------

    /** The fields as templates show them, in order. */
    public final List<BoundField> fields() {
        if (bound == null) {
            List<BoundField> list = new ArrayList<>(fields.size());
            for (Field<?, ?> f : fields.values()) {
                list.add(new BoundField(this, f));
            }
            bound = List.copyOf(list);
        }
        return bound;
    }

    /** One field as templates show it. @throws IllegalArgumentException for an unknown name */
    public final BoundField field(String name) {
        requireField(name);
        for (BoundField b : fields()) {
            if (b.name().equals(name)) {
                return b;
            }
        }
        throw new IllegalStateException(name);
    }

    /** True when a field takes files: the form needs {@code enctype="multipart/form-data"}. */
    public final boolean multipart() {
        return fields.values().stream().anyMatch(f -> f instanceof UploadField<?>);
    }

    /** What the user typed for {@code name} (every value), or null when unbound. */
    final List<String> submitted(String name) {
        return data == null ? null : data.getAll(htmlName(name));
    }

    /** The initial value for a field: the form's, else the field's own. */
    final Object initialValue(Field<?, ?> field) {
        return initial.containsKey(field.name()) ? initial.get(field.name()) : field.initial();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + (isBound() ? "[bound, " + (errors == null ? "not cleaned" : errors.size() + " with errors") + "]" : "[unbound]");
    }
}
