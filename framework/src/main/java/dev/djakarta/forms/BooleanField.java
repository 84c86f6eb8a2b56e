package dev.djakarta.forms;

import dev.djakarta.http.UploadedFile;
import java.util.List;
import java.util.Locale;

/**
 * A checkbox, cleaned to true or false. Unchecked boxes send nothing, so a required BooleanField means "must be
 * checked" (a terms-of-service box), as in Django; use {@code required(false)} for an optional yes/no.
 * {@code "false"} and {@code "0"} count as unchecked.
 */
public final class BooleanField extends Field<Boolean, BooleanField> {
    public BooleanField(String name) {
        super(name, Widget.CHECKBOX);
    }

    @Override
    protected Boolean toValue(List<String> values, List<UploadedFile> files) {
        return isTrue(last(values));
    }

    static boolean isTrue(String raw) {
        if (raw == null) {
            return false;
        }
        String s = raw.strip().toLowerCase(Locale.ROOT);
        return !s.isEmpty() && !s.equals("false") && !s.equals("0") && !s.equals("off");
    }

    @Override
    protected boolean isEmpty(Boolean value) {
        return !Boolean.TRUE.equals(value);
    }
}
