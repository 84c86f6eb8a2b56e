package dev.djakarta.forms;

/**
 * One error message with its code ({@code "required"}, {@code "max_length"}, {@code "invalid"}; custom validators
 * choose their own), as listed by {@link Form#errorsJson()}.
 */
public record FormError(String message, String code) {
    public FormError {
        if (message == null || message.isEmpty()) {
            throw new IllegalArgumentException("An error needs a message");
        }
        code = code == null ? "invalid" : code;
    }

    @Override
    public String toString() {
        return message;
    }
}
