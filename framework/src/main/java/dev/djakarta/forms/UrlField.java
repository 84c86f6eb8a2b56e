package dev.djakarta.forms;

import dev.djakarta.http.UploadedFile;
import java.util.List;

/**
 * An http(s) or ftp(s) URL checked as Django's URLValidator does: "Enter a valid URL.". Input without a scheme gets
 * {@code https://} in front ({@code example.com} cleans to {@code https://example.com}). At most 2,048 characters.
 */
public final class UrlField extends StringField<UrlField> {
    public UrlField(String name) {
        super(name, Widget.URL);
        maxLength(2048);
    }

    @Override
    protected String toValue(List<String> values, List<UploadedFile> files) throws ValidationError {
        String value = super.toValue(values, files);
        if (!value.isEmpty() && !hasScheme(value)) {
            value = "https://" + value;
        }
        return value;
    }

    /** A scheme as Python's urlsplit sees one: a letter, then letters, digits, {@code + - .}, then a colon. */
    private static boolean hasScheme(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || !Character.isLetter(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = value.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void check(String value, List<FormError> errors) {
        super.check(value, errors);
        if (!Patterns.isUrl(value)) {
            errors.add(formError("invalid", "Enter a valid URL."));
        }
    }
}
