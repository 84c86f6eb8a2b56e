package dev.djakarta.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * Raised by fields, validators and clean hooks when a value is not acceptable: Django's ValidationError. The form
 * catches it and shows its messages next to the field (or above the form, from {@link Form#clean()}); it never
 * reaches the user as an error page.
 *
 * <pre>{@code
 * throw new ValidationError("Pick a name that is not taken.", "taken");
 * }</pre>
 */
public class ValidationError extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<FormError> errors;

    /** One message, code {@code "invalid"}. */
    public ValidationError(String message) {
        this(message, "invalid");
    }

    public ValidationError(String message, String code) {
        super(message, null, false, false);
        this.errors = List.of(new FormError(message, code));
    }

    /** Several errors at once (all the validators of a field that failed). */
    public ValidationError(List<FormError> errors) {
        super(errors.isEmpty() ? "invalid" : errors.get(0).message(), null, false, false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A ValidationError needs at least one error");
        }
        this.errors = List.copyOf(new ArrayList<>(errors));
    }

    /** The errors, in order. */
    public List<FormError> errors() {
        return errors;
    }
}
