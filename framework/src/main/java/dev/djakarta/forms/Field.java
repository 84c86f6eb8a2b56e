package dev.djakarta.forms;

import dev.djakarta.http.UploadedFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A form field: Django's {@code forms.Field}. It turns what the browser sent into a typed value ({@code T}) or a
 * {@link ValidationError} with Django's messages, and describes how it is shown (label, widget, help text).
 *
 * <p>A field holds configuration only, never a request's data, so declare each one once, as a constant, and list
 * it in the form's constructor (see {@link Form}). Configure it with the chained setters while declaring it; the
 * setters return the field's own type ({@code F}), so {@code new CharField("name").label("Your name").maxLength(100)}
 * reads as one declaration.
 *
 * <p>Cleaning runs in Django's order: convert ({@link #toValue}, "Enter a whole number."), then the required check
 * ("This field is required."), then the field's own limits ({@link #check}) and the added validators, all of whose
 * errors are reported together. An empty value that is not required skips the checks.
 *
 * @param <T> the cleaned value's type
 * @param <F> the field's own type, for chaining
 */
public abstract class Field<T, F extends Field<T, F>> {
    private final String name;
    private final Widget defaultWidget;
    private String label;
    private boolean required = true;
    private String helpText = "";
    private T initial;
    private Widget widget;
    private final List<Validator<? super T>> validators = new ArrayList<>(0);
    private final Map<String, String> messages = new HashMap<>(0);

    protected Field(String name, Widget widget) {
        if (name == null || name.isEmpty() || name.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
            throw new IllegalArgumentException("A field name must be a non-empty HTML name without spaces or quotes, got '"
                    + name + "'");
        }
        this.name = name;
        this.defaultWidget = widget;
    }

    @SuppressWarnings("unchecked")
    private F self() {
        return (F) this;
    }

    // ---- configuration --------------------------------------------------------------------------------------

    /** The label shown; defaults to the name with underscores as spaces, capitalised ({@code "first_name"}: "First name"). */
    public F label(String label) {
        this.label = label;
        return self();
    }

    /** Required fields (the default) reject empty input with "This field is required.". */
    public F required(boolean required) {
        this.required = required;
        return self();
    }

    /** Text shown under the field, linked to it with {@code aria-describedby}. */
    public F helpText(String helpText) {
        this.helpText = helpText == null ? "" : helpText;
        return self();
    }

    /** The value an unbound form shows (a form's own initial values win). */
    public F initial(T initial) {
        this.initial = initial;
        return self();
    }

    /** Shows the field with another widget ({@code Widget.TEXTAREA}, {@code Widget.HIDDEN}, ...). */
    public F widget(Widget widget) {
        this.widget = widget;
        return self();
    }

    /** Adds a validator, run after the field's own checks on non-empty values. */
    public F validator(Validator<? super T> validator) {
        validators.add(validator);
        return self();
    }

    /** Replaces the message of an error code ({@code "required"}, {@code "invalid"}, {@code "max_length"}...). */
    public F errorMessage(String code, String message) {
        messages.put(code, message);
        return self();
    }

    // ---- description ----------------------------------------------------------------------------------------

    public String name() {
        return name;
    }

    public String label() {
        if (label != null) {
            return label;
        }
        String pretty = name.replace('_', ' ');
        return pretty.substring(0, 1).toUpperCase(Locale.ROOT) + pretty.substring(1);
    }

    public boolean required() {
        return required;
    }

    public String helpText() {
        return helpText;
    }

    public T initial() {
        return initial;
    }

    public Widget widget() {
        return widget != null ? widget : defaultWidget;
    }

    // ---- cleaning -------------------------------------------------------------------------------------------

    /**
     * The typed value for what was submitted under this field's name.
     *
     * @param values every value sent (empty when none)
     * @param files  every file sent (empty when none)
     * @throws ValidationError with every reason the input is not acceptable
     */
    public final T clean(List<String> values, List<UploadedFile> files) throws ValidationError {
        T value = toValue(values, files);
        if (isEmpty(value)) {
            if (required) {
                throw error("required", "This field is required.");
            }
            return value;
        }
        List<FormError> errors = new ArrayList<>(0);
        check(value, errors);
        for (Validator<? super T> validator : validators) {
            try {
                validator.validate(value);
            } catch (ValidationError e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationError(errors);
        }
        return value;
    }

    /**
     * Converts the submitted input; an empty input gives the field's empty value (null, or {@code ""} for text).
     *
     * @throws ValidationError when the input cannot be converted ("Enter a whole number.")
     */
    protected abstract T toValue(List<String> values, List<UploadedFile> files) throws ValidationError;

    /** Adds the errors of the field's own limits (length, range, choices) for a non-empty value. */
    protected void check(T value, List<FormError> errors) {
    }

    /** Whether a converted value counts as no input for the required check. */
    protected boolean isEmpty(T value) {
        return value == null || (value instanceof CharSequence s && s.length() == 0) || (value instanceof Collection<?> c && c.isEmpty());
    }

    /** How a value (initial or cleaned) is written into the widget. */
    protected String format(T value) {
        return value == null ? "" : value.toString();
    }

    /** A value of unknown type formatted if it is a {@code T}; for initial values given to the form by name. */
    @SuppressWarnings("unchecked")
    String formatAny(Object value) {
        try {
            return format((T) value);
        } catch (ClassCastException e) {
            return String.valueOf(value);
        }
    }

    /** An error with this field's message for {@code code} if one was set, else {@code message}. */
    protected final ValidationError error(String code, String message) {
        return new ValidationError(messages.getOrDefault(code, message), code);
    }

    /** The same, as a {@link FormError} for {@link #check}. */
    protected final FormError formError(String code, String message) {
        return new FormError(messages.getOrDefault(code, message), code);
    }

    /** The last submitted value, or null. */
    protected static String last(List<String> values) {
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    // ---- rendering hints (null: no attribute) ---------------------------------------------------------------

    /** {@code maxlength} of the input. */
    public Integer maxLength() {
        return null;
    }

    /** {@code minlength} of the input. */
    public Integer minLength() {
        return null;
    }

    /** {@code min} of a number or date input. */
    public String min() {
        return null;
    }

    /** {@code max} of a number or date input. */
    public String max() {
        return null;
    }

    /** {@code step} of a number input. */
    public String step() {
        return null;
    }

    /** {@code accept} of a file input. */
    public String accept() {
        return null;
    }

    /** The options of a choice widget; empty for other fields. */
    public List<Choice> choices() {
        return List.of();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + "]";
    }
}
