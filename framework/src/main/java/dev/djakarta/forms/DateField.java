package dev.djakarta.forms;

import dev.djakarta.http.UploadedFile;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A date ("Enter a valid date."), cleaned to a LocalDate, null when empty. Accepts Django's default input formats
 * {@code 2026-01-31}, {@code 01/31/2026} and {@code 01/31/26}; shown as {@code 2026-01-31} (what a date input uses).
 */
public final class DateField extends Field<LocalDate, DateField> {
    private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("MM/dd/uuuu"), DateTimeFormatter.ofPattern("MM/dd/uu"));

    public DateField(String name) {
        super(name, Widget.DATE);
    }

    @Override
    protected LocalDate toValue(List<String> values, List<UploadedFile> files) throws ValidationError {
        String raw = last(values);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(s, format);
            } catch (DateTimeParseException tryNext) {
                // next format
            }
        }
        throw error("invalid", "Enter a valid date.");
    }
}
