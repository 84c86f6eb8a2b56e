package dev.djakarta.templates;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/**
 * Django's {@code timesince}: the time between two moments in years, months, weeks, days, hours and minutes,
 * the two largest adjacent non-zero units ("1 year, 2 months", "3 days", "0 minutes"). Numbers and units are
 * joined by a non-breaking space, as in Django, so the pair never wraps.
 */
final class TimeSince {
    private static final String[] UNITS = {"year", "month", "week", "day", "hour", "minute"};
    private static final long[] CHUNKS = {7 * 24 * 3600, 24 * 3600, 3600, 60};
    private static final int DEPTH = 2;

    private TimeSince() {
    }

    /** From {@code from} to {@code to}; "0 minutes" when {@code to} is not later. */
    static String between(Temporal from, Temporal to) {
        LocalDateTime d = local(from, to);
        LocalDateTime now = local(to, from);
        long since = Duration.between(d, now).getSeconds();
        if (since <= 0) {
            return unit(0, "minute");
        }
        long totalMonths = (now.getYear() - d.getYear()) * 12L + (now.getMonthValue() - d.getMonthValue());
        if (d.getDayOfMonth() > now.getDayOfMonth()
                || (d.getDayOfMonth() == now.getDayOfMonth() && d.toLocalTime().isAfter(now.toLocalTime()))) {
            totalMonths--;
        }
        long years = totalMonths / 12;
        long months = totalMonths % 12;
        LocalDateTime pivot = d;
        if (years != 0 || months != 0) {
            LocalDate start = d.toLocalDate().withDayOfMonth(1).plusMonths(totalMonths);
            pivot = LocalDateTime.of(start.withDayOfMonth(Math.min(d.getDayOfMonth(), start.lengthOfMonth())), d.toLocalTime());
        }
        long remaining = Duration.between(pivot, now).getSeconds();
        long[] parts = new long[UNITS.length];
        parts[0] = years;
        parts[1] = months;
        for (int i = 0; i < CHUNKS.length; i++) {
            parts[i + 2] = remaining / CHUNKS[i];
            remaining -= parts[i + 2] * CHUNKS[i];
        }
        int i = 0;
        while (i < parts.length && parts[i] == 0) {
            i++;
        }
        if (i == parts.length) {
            return unit(0, "minute");
        }
        StringBuilder out = new StringBuilder();
        for (int depth = 0; i < parts.length && depth < DEPTH && parts[i] != 0; i++, depth++) {
            if (depth > 0) {
                out.append(", ");
            }
            out.append(unit(parts[i], UNITS[i]));
        }
        return out.toString();
    }

    private static String unit(long count, String name) {
        return count + "\u00a0" + name + (count == 1 ? "" : "s");
    }

    /** Both ends on one local time line: zoned values in their (shared) zone, dates at midnight, times today. */
    private static LocalDateTime local(Temporal t, Temporal other) {
        if (t instanceof ZonedDateTime z) {
            return other instanceof ZonedDateTime o ? z.withZoneSameInstant(o.getZone()).toLocalDateTime() : z.toLocalDateTime();
        }
        if (t instanceof LocalDateTime d) {
            return d;
        }
        if (t instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        return LocalDateTime.of(LocalDate.now(), (LocalTime) t);
    }
}
