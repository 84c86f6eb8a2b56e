package dev.djakarta.forms;

import dev.djakarta.http.UploadedFile;
import java.util.List;

/**
 * What the text fields share: surrounding whitespace stripped (unless {@code strip(false)}), an empty input cleaned
 * to {@code ""}, length limits in characters, and null characters refused, as Django's CharField does.
 */
public abstract class StringField<F extends StringField<F>> extends Field<String, F> {
    private Integer maxLength;
    private Integer minLength;
    private boolean strip = true;

    protected StringField(String name, Widget widget) {
        super(name, widget);
    }

    /** At most this many characters: "Ensure this value has at most 100 characters (it has 101).". */
    @SuppressWarnings("unchecked")
    public F maxLength(int max) {
        this.maxLength = max;
        return (F) this;
    }

    /** At least this many characters. */
    @SuppressWarnings("unchecked")
    public F minLength(int min) {
        this.minLength = min;
        return (F) this;
    }

    /** Whether to remove surrounding whitespace (on by default). */
    @SuppressWarnings("unchecked")
    public F strip(boolean strip) {
        this.strip = strip;
        return (F) this;
    }

    @Override
    public Integer maxLength() {
        return maxLength;
    }

    @Override
    public Integer minLength() {
        return minLength;
    }

    @Override
    protected String toValue(List<String> values, List<UploadedFile> files) throws ValidationError {
        String raw = last(values);
        if (raw == null) {
            return "";
        }
        return strip ? raw.strip() : raw;
    }

    @Override
    protected void check(String value, List<FormError> errors) {
        int length = value.codePointCount(0, value.length());
        if (maxLength != null && length > maxLength) {
            errors.add(formError("max_length", "Ensure this value has at most " + maxLength + " character"
                    + (maxLength == 1 ? "" : "s") + " (it has " + length + ")."));
        }
        if (minLength != null && length < minLength) {
            errors.add(formError("min_length", "Ensure this value has at least " + minLength + " character"
                    + (minLength == 1 ? "" : "s") + " (it has " + length + ")."));
        }
        if (value.indexOf('\0') >= 0) {
            errors.add(formError("null_characters_not_allowed", "Null characters are not allowed."));
        }
    }
}
