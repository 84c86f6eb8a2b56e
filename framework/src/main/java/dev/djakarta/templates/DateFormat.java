package dev.djakarta.templates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Django's date format characters ({@code "N j, Y"}, {@code "Y-m-d H:i"}) over java.time values. A format is read
 * character by character on each call: short strings, no regex and nothing to cache.
 */
final class DateFormat {
    private static final String[] AP_MONTHS = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
            "Oct.", "Nov.", "Dec."};
    private static final DateTimeFormatter ZONE_ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final String TIME_CHARACTERS = "aAefgGhHiIOPsTuZ";

    private DateFormat() {
    }

    /**
     * The value as a LocalDate, LocalTime, LocalDateTime (kept as they are: no zone to convert) or a ZonedDateTime
     * in {@code zone} (Instant, ZonedDateTime, OffsetDateTime, java.util.Date).
     */
    static Temporal temporal(Object value, ZoneId zone) {
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof LocalTime) {
            return (Temporal) value;
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone);
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone);
        }
        if (value instanceof Instant i) {
            return i.atZone(zone);
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(zone);
        }
        throw new IllegalArgumentException("Cannot format " + value.getClass().getName() + " as a date; pass a java.time "
                + "value (LocalDate, LocalDateTime, ZonedDateTime, OffsetDateTime, Instant) or a java.util.Date");
    }

    static ZonedDateTime now(Clock clock, ZoneId zone) {
        return ZonedDateTime.now(clock).withZoneSameInstant(zone);
    }

    static String format(Temporal t, String format) {
        StringBuilder out = new StringBuilder(format.length() * 3);
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '\\' && i + 1 < format.length()) {
                out.append(format.charAt(++i));
                continue;
            }
            if (!t.isSupported(ChronoField.HOUR_OF_DAY) && TIME_CHARACTERS.indexOf(c) >= 0) {
                throw new IllegalArgumentException("The format for date objects may not contain time-related format "
                        + "specifiers (found '" + c + "' in \"" + format + "\"); pass a date-time, or a date format such as \"N j, Y\"");
            }
            if (!t.isSupported(ChronoField.YEAR) && Character.isLetter(c) && TIME_CHARACTERS.indexOf(c) < 0) {
                throw new IllegalArgumentException("The format for time objects may not contain date-related format "
                        + "specifiers (found '" + c + "' in \"" + format + "\")");
            }
            append(out, t, c);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, Temporal t, char c) {
        switch (c) {
            case 'a' -> out.append(hour(t) < 12 ? "a.m." : "p.m.");
            case 'A' -> out.append(hour(t) < 12 ? "AM" : "PM");
            case 'b' -> out.append(month(t).substring(0, 3).toLowerCase(Locale.ROOT));
            case 'c' -> out.append(iso(t));
            case 'd' -> pad(out, t.get(ChronoField.DAY_OF_MONTH), 2);
            case 'D' -> out.append(dayName(t).substring(0, 3));
            case 'e' -> out.append(t instanceof ZonedDateTime z ? z.getZone().getId() : "");
            case 'E', 'F' -> out.append(month(t));
            case 'f' -> {
                out.append(hour12(t));
                if (t.get(ChronoField.MINUTE_OF_HOUR) != 0) {
                    pad(out.append(':'), t.get(ChronoField.MINUTE_OF_HOUR), 2);
                }
            }
            case 'g' -> out.append(hour12(t));
            case 'G' -> out.append(hour(t));
            case 'h' -> pad(out, hour12(t), 2);
            case 'H' -> pad(out, hour(t), 2);
            case 'i' -> pad(out, t.get(ChronoField.MINUTE_OF_HOUR), 2);
            case 'I' -> out.append(t instanceof ZonedDateTime z && z.getZone().getRules().isDaylightSavings(z.toInstant()) ? "1" : "0");
            case 'j' -> out.append(t.get(ChronoField.DAY_OF_MONTH));
            case 'l' -> out.append(dayName(t));
            case 'L' -> out.append(LocalDate.from(t).isLeapYear() ? "True" : "False");
            case 'm' -> pad(out, t.get(ChronoField.MONTH_OF_YEAR), 2);
            case 'M' -> out.append(month(t), 0, 3);
            case 'n' -> out.append(t.get(ChronoField.MONTH_OF_YEAR));
            case 'N' -> out.append(AP_MONTHS[t.get(ChronoField.MONTH_OF_YEAR) - 1]);
            case 'o' -> out.append(t.get(IsoFields.WEEK_BASED_YEAR));
            case 'O' -> out.append(offset(t, false));
            case 'P' -> out.append(apTime(t));
            case 'r' -> out.append(format(t instanceof LocalDate d ? d.atStartOfDay() : t, "D, j M Y H:i:s O"));
            case 's' -> pad(out, t.get(ChronoField.SECOND_OF_MINUTE), 2);
            case 'S' -> out.append(ordinal(t.get(ChronoField.DAY_OF_MONTH)));
            case 't' -> out.append(LocalDate.from(t).lengthOfMonth());
            case 'T' -> out.append(t instanceof ZonedDateTime z ? ZONE_ABBREVIATION.format(z) : "");
            case 'u' -> pad(out, t.get(ChronoField.MICRO_OF_SECOND), 6);
            case 'U' -> out.append(epochSecond(t));
            case 'w' -> out.append(t.get(ChronoField.DAY_OF_WEEK) % 7);
            case 'W' -> out.append(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 'y' -> pad(out, t.get(ChronoField.YEAR) % 100, 2);
            case 'Y' -> pad(out, t.get(ChronoField.YEAR), 4);
            case 'z' -> out.append(t.get(ChronoField.DAY_OF_YEAR));
            case 'Z' -> out.append(t instanceof ZonedDateTime z ? Integer.toString(z.getOffset().getTotalSeconds()) : "");
            default -> out.append(c);
        }
    }

    private static int hour(TemporalAccessor t) {
        return t.get(ChronoField.HOUR_OF_DAY);
    }

    private static int hour12(TemporalAccessor t) {
        int h = hour(t) % 12;
        return h == 0 ? 12 : h;
    }

    private static String month(TemporalAccessor t) {
        return java.time.Month.of(t.get(ChronoField.MONTH_OF_YEAR)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String dayName(TemporalAccessor t) {
        return java.time.DayOfWeek.of(t.get(ChronoField.DAY_OF_WEEK)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "1 a.m.", "1:30 p.m.", "midnight", "noon". */
    private static String apTime(TemporalAccessor t) {
        int minute = t.get(ChronoField.MINUTE_OF_HOUR);
        if (minute == 0 && hour(t) == 0) {
            return "midnight";
        }
        if (minute == 0 && hour(t) == 12) {
            return "noon";
        }
        StringBuilder sb = new StringBuilder().append(hour12(t));
        if (minute != 0) {
            pad(sb.append(':'), minute, 2);
        }
        return sb.append(hour(t) < 12 ? " a.m." : " p.m.").toString();
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String iso(Temporal t) {
        if (t instanceof ZonedDateTime z) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(z);
        }
        if (t instanceof LocalDateTime d) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(d);
        }
        return t.toString();
    }

    private static String offset(Temporal t, boolean colon) {
        if (!(t instanceof ZonedDateTime z)) {
            return "";
        }
        int seconds = z.getOffset().getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        StringBuilder sb = new StringBuilder().append(seconds < 0 ? '-' : '+');
        pad(sb, minutes / 60, 2);
        if (colon) {
            sb.append(':');
        }
        return pad(sb, minutes % 60, 2).toString();
    }

    private static long epochSecond(Temporal t) {
        if (t instanceof ZonedDateTime z) {
            return z.toEpochSecond();
        }
        LocalDateTime local = t instanceof LocalDate d ? d.atStartOfDay() : LocalDateTime.from(t);
        return local.toEpochSecond(java.time.ZoneOffset.UTC);   // a naive value is read as UTC
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String s = Integer.toString(Math.abs(value));
        if (value < 0) {
            out.append('-');
        }
        for (int i = s.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(s);
    }
}
