package dev.djakarta.forms;

/**
 * Checks a cleaned, non-empty value: Django's validators. Throw {@link ValidationError} to reject it. Lambdas are
 * validators: {@code new CharField("name").validator(v -> { if (v.contains("@")) throw new ValidationError("No @, please."); })}.
 * A validator is shared by every request: keep it stateless.
 */
@FunctionalInterface
public interface Validator<T> {
    void validate(T value) throws ValidationError;
}
