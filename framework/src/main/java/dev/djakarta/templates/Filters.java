package dev.djakarta.templates;

import dev.djakarta.conf.Settings;
import dev.djakarta.utils.Html;
import dev.djakarta.utils.Sizes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@code #djakarta} in templates: Django's most used template filters, with Django's output.
 *
 * <pre>{@code
 * <p th:text="${#djakarta.truncatewords(post.body, 30)}">summary</p>
 * <div th:utext="${#djakarta.linebreaks(comment.text)}">escaped, then paragraphs</div>
 * <span th:text="|${count} comment${#djakarta.pluralize(count)}|">3 comments</span>
 * <time th:text="${#djakarta.date(post.published, 'N j, Y')}">Jan. 5, 2026</time>
 * <span th:text="|${#djakarta.timesince(post.published)} ago|">2 days ago</span>
 * }</pre>
 *
 * <p>Null input gives {@code ""}. Everything returns plain text to print with {@code th:text} (which escapes),
 * except {@link #linebreaks} and {@link #linebreaksbr}, which escape their input themselves and return HTML for
 * {@code th:utext}. Dates are shown in the TIME_ZONE setting's zone. One instance per engine; thread-safe.
 */
public final class Filters {
    /** Django's DATE_FORMAT. */
    public static final String DATE_FORMAT = "N j, Y";
    /** Django's DATETIME_FORMAT. */
    public static final String DATETIME_FORMAT = "N j, Y, P";

    private final ZoneId zone;
    private final Clock clock;

    Filters(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    static Filters from(Settings settings) {
        try {
            ZoneId zone = ZoneId.of(settings.string("TIME_ZONE", "UTC"));
            return new Filters(zone, Clock.system(zone));
        } catch (DateTimeException e) {
            throw settings.invalid("TIME_ZONE", "expected a time zone name such as UTC or Europe/Paris");
        }
    }

    // ---- text ---------------------------------------------------------------------------------------------

    /** The first {@code count} words, then {@code " …"} if there were more; whitespace becomes single spaces. */
    public String truncatewords(Object text, int count) {
        if (text == null || count <= 0) {
            return "";
        }
        String s = text.toString();
        StringBuilder out = new StringBuilder(Math.min(s.length(), count * 8));
        int words = 0;
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i == s.length()) {
                break;
            }
            if (words == count) {
                return out.append(" …").toString();
            }
            int start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (words++ > 0) {
                out.append(' ');
            }
            out.append(s, start, i);
        }
        return out.toString();
    }

    /** At most {@code length} characters: longer text is cut to {@code length - 1} and ends with {@code "…"}. */
    public String truncatechars(Object text, int length) {
        if (text == null || length <= 0) {
            return "";
        }
        String s = text.toString();
        if (s.codePointCount(0, s.length()) <= length) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, length - 1)) + "…";
    }

    /**
     * HTML-escapes the text, then makes paragraphs: a blank line separates {@code <p>}s, a single newline becomes
     * {@code <br>}. For {@code th:utext}.
     */
    public String linebreaks(Object text) {
        if (text == null) {
            return "";
        }
        String s = normalizeNewlines(text.toString());
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '\n' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                paragraphs.add(s.substring(start, i));
                while (i < s.length() && s.charAt(i) == '\n') {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        paragraphs.add(s.substring(start));
        StringBuilder out = new StringBuilder(s.length() + 16 * paragraphs.size());
        for (String p : paragraphs) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append("<p>").append(Html.escape(p).replace("\n", "<br>")).append("</p>");
        }
        return out.toString();
    }

    /** HTML-escapes the text and turns each newline into {@code <br>}. For {@code th:utext}. */
    public String linebreaksbr(Object text) {
        return text == null ? "" : Html.escape(normalizeNewlines(text.toString())).replace("\n", "<br>");
    }

    private static String normalizeNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** {@code "s"} unless the count is 1. The count may be a number, a collection, a map, an array or a string. */
    public String pluralize(Object count) {
        return pluralize(count, "s");
    }

    /**
     * The plural suffix unless the count is 1: {@code pluralize(n, "es")}, or {@code pluralize(n, "y,ies")} for a
     * singular and a plural suffix. An unreadable count gives {@code ""}, like Django.
     */
    public String pluralize(Object count, String suffixes) {
        int comma = suffixes.indexOf(',');
        String singular = comma < 0 ? "" : suffixes.substring(0, comma);
        String plural = comma < 0 ? suffixes : suffixes.substring(comma + 1);
        if (plural.indexOf(',') >= 0) {
            return "";
        }
        BigDecimal n = countOf(count);
        if (n == null) {
            return "";
        }
        return n.compareTo(BigDecimal.ONE) == 0 ? singular : plural;
    }

    private static BigDecimal countOf(Object count) {
        if (count instanceof Collection<?> c) {
            return BigDecimal.valueOf(c.size());
        }
        if (count instanceof Map<?, ?> m) {
            return BigDecimal.valueOf(m.size());
        }
        if (count instanceof Object[] a) {
            return BigDecimal.valueOf(a.length);
        }
        return Numbers.decimal(count);
    }

    // ---- numbers ------------------------------------------------------------------------------------------

    /** One decimal place, only when there is a fractional part: 34.23 gives "34.2", 34.0 gives "34". */
    public String floatformat(Object number) {
        return floatformat(number, -1);
    }

    /**
     * Django's floatformat: {@code digits} &gt; 0 always shows that many places, &lt; 0 shows that many only when
     * the value has a fractional part, 0 rounds to a whole number. Rounds half up. Not a number gives {@code ""}.
     */
    public String floatformat(Object number, int digits) {
        BigDecimal d = Numbers.decimal(number);
        if (d == null) {
            return "";
        }
        int places = Math.abs(digits);
        BigDecimal rounded = d.setScale(places, RoundingMode.HALF_UP);
        if (digits < 0 && d.stripTrailingZeros().scale() <= 0) {
            rounded = d.setScale(0, RoundingMode.HALF_UP);
        }
        String s = rounded.toPlainString();
        return s.startsWith("-") && rounded.signum() == 0 ? s.substring(1) : s;
    }

    /** Groups thousands with commas: 4500 gives "4,500", 45000.25 gives "45,000.25". Not a number is returned as is. */
    public String intcomma(Object number) {
        BigDecimal d = Numbers.decimal(number);
        return d == null ? (number == null ? "" : number.toString()) : Numbers.groupThousands(d.toPlainString());
    }

    /** A human-readable size of a number of bytes: "1 byte", "102 bytes", "13.0 KB", "4.1 MB". */
    public String filesizeformat(Object bytes) {
        BigDecimal d = Numbers.decimal(bytes);
        return d == null ? "0 bytes" : Sizes.human(d.longValue());
    }

    // ---- dates --------------------------------------------------------------------------------------------

    /** The date in Django's default DATE_FORMAT, {@code "N j, Y"}: "Jan. 5, 2026". */
    public String date(Object value) {
        return date(value, DATE_FORMAT);
    }

    /**
     * A date or date-time formatted with Django's format characters ({@code "Y-m-d H:i"}, {@code "D, j M Y"},
     * {@code "N j, Y, P"}; a backslash escapes a character). Accepts the java.time types, {@code Instant} and
     * {@code java.util.Date}; values with a zone or offset are shown in TIME_ZONE.
     *
     * @throws IllegalArgumentException when a plain date is asked for time fields, or the value is not a date
     */
    public String date(Object value, String format) {
        return value == null ? "" : DateFormat.format(DateFormat.temporal(value, zone), format);
    }

    /** Time between {@code then} and now: "3 days, 2 hours" (two units at most, non-breaking spaces). */
    public String timesince(Object then) {
        return then == null ? "" : TimeSince.between(DateFormat.temporal(then, zone), DateFormat.now(clock, zone));
    }

    /** Time from {@code then} to {@code now}; "0 minutes" when {@code then} is not before {@code now}. */
    public String timesince(Object then, Object now) {
        return then == null || now == null ? "" : TimeSince.between(DateFormat.temporal(then, zone), DateFormat.temporal(now, zone));
    }

    /** Time from now until {@code then}: "2 weeks, 1 day". */
    public String timeuntil(Object then) {
        return then == null ? "" : TimeSince.between(DateFormat.now(clock, zone), DateFormat.temporal(then, zone));
    }

    /** Time from {@code now} until {@code then}. */
    public String timeuntil(Object then, Object now) {
        return then == null || now == null ? "" : TimeSince.between(DateFormat.temporal(now, zone), DateFormat.temporal(then, zone));
    }
}
