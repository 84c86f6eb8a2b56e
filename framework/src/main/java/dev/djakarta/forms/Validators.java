package dev.djakarta.forms;

import dev.djakarta.http.UploadedFile;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ready-made {@link Validator}s, Django's {@code django.core.validators}. Create them where the field is declared
 * (a constant), so a pattern is compiled once, not per request:
 *
 * <pre>{@code
 * static final CharField POSTCODE = new CharField("postcode")
 *         .validator(Validators.regex("[0-9]{5}", "Enter a five-digit postcode."));
 * }</pre>
 */
public final class Validators {
    private Validators() {
    }

    /** The whole value must match {@code regex}; otherwise "Enter a valid value." (Django's RegexValidator). */
    public static Validator<String> regex(String regex) {
        return regex(Pattern.compile(regex), "Enter a valid value.");
    }

    /** The whole value must match {@code regex}; otherwise {@code message}. */
    public static Validator<String> regex(String regex, String message) {
        return regex(Pattern.compile(regex), message);
    }

    /** The whole value must match {@code pattern}; otherwise {@code message} (code {@code "invalid"}). */
    public static Validator<String> regex(Pattern pattern, String message) {
        return value -> {
            if (!pattern.matcher(value).matches()) {
                throw new ValidationError(message, "invalid");
            }
        };
    }

    /**
     * The file name must end in one of {@code extensions} (compared without case, without the dot): Django's
     * FileExtensionValidator. A name only says what the client claims; {@link ImageField} checks the content.
     */
    public static Validator<UploadedFile> fileExtension(String... extensions) {
        List<String> allowed = List.of(extensions).stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
        return file -> {
            String name = file.filename();
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!allowed.contains(extension)) {
                throw new ValidationError("File extension “" + extension + "” is not allowed. Allowed extensions are: "
                        + String.join(", ", allowed) + ".", "invalid_extension");
            }
        };
    }
}
