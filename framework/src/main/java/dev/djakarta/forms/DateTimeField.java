package dev.djakarta.forms;

import dev.djakarta.http.UploadedFile;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A date and time ("Enter a valid date/time."), cleaned to a LocalDateTime, null when empty. Accepts ISO 8601 with
 * {@code T} or a space ({@code 2026-01-31 13:30}, seconds and fractions optional), or a date alone (midnight), as
 * Django does; shown as {@code 2026-01-31T13:30} for a datetime-local input.
 */
public final class DateTimeField extends Field<LocalDateTime, DateTimeField> {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SHOWN_WITH_SECONDS = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    public DateTimeField(String name) {
        super(name, Widget.DATETIME);
    }

    @Override
    protected LocalDateTime toValue(List<String> values, List<UploadedFile> files) throws ValidationError {
        String raw = last(values);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay();
            }
            if (s.length() > 10 && s.charAt(10) == ' ') {
                s = s.substring(0, 10) + 'T' + s.substring(11);
            }
            return LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
            throw error("invalid", "Enter a valid date/time.");
        }
    }

    @Override
    protected String format(LocalDateTime value) {
        if (value == null) {
            return "";
        }
        return value.getSecond() == 0 && value.getNano() == 0 ? SHOWN.format(value) : SHOWN_WITH_SECONDS.format(value);
    }

    /** Zoned values (an {@code Instant} column's initial value) are shown in UTC, as forms read them back. */
    @Override
    String formatAny(Object value) {
        if (value instanceof java.time.Instant i) {
            return format(LocalDateTime.ofInstant(i, java.time.ZoneOffset.UTC));
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return format(o.atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime());
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return format(z.withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime());
        }
        return super.formatAny(value);
    }
}
