package dev.djakarta.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The #djakarta filters give Django's output. */
class FiltersTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private final Filters filters = new Filters(PARIS, Clock.fixed(NOW, PARIS));

    @Test
    void truncatewordsKeepsTheFirstWordsAndMarksTheCut() {
        assertThat(filters.truncatewords("Joel is a slug", 2)).isEqualTo("Joel is …");
        assertThat(filters.truncatewords("  Joel \n is\ta slug ", 4)).isEqualTo("Joel is a slug");
        assertThat(filters.truncatewords("short", 5)).isEqualTo("short");
        assertThat(filters.truncatewords(null, 5)).isEmpty();
    }

    @Test
    void truncatecharsEndsWithAnEllipsisWithinTheLength() {
        assertThat(filters.truncatechars("Joel is a slug", 7)).isEqualTo("Joel i…");
        assertThat(filters.truncatechars("Joel", 7)).isEqualTo("Joel");
    }

    @Test
    void linebreaksEscapesThenMakesParagraphsAndBreaks() {
        assertThat(filters.linebreaks("Joel\nis a <slug>\r\n\r\n\n& more"))
                .isEqualTo("<p>Joel<br>is a &lt;slug&gt;</p>\n\n<p>&amp; more</p>");
        assertThat(filters.linebreaksbr("a\n<b>")).isEqualTo("a<br>&lt;b&gt;");
    }

    @Test
    void pluralizeAddsTheSuffixUnlessThereIsExactlyOne() {
        assertThat(filters.pluralize(1)).isEmpty();
        assertThat(filters.pluralize(0)).isEqualTo("s");
        assertThat(filters.pluralize(2L)).isEqualTo("s");
        assertThat(filters.pluralize(List.of("a"))).isEmpty();
        assertThat(filters.pluralize(3, "es")).isEqualTo("es");
        assertThat(filters.pluralize(1, "y,ies")).isEqualTo("y");
        assertThat(filters.pluralize(2, "y,ies")).isEqualTo("ies");
        assertThat(filters.pluralize("not a number")).isEmpty();
    }

    @Test
    void floatformatRoundsLikeDjango() {
        assertThat(filters.floatformat(34.23234)).isEqualTo("34.2");
        assertThat(filters.floatformat(34.0)).isEqualTo("34");
        assertThat(filters.floatformat(34.26)).isEqualTo("34.3");
        assertThat(filters.floatformat(34.23234, 3)).isEqualTo("34.232");
        assertThat(filters.floatformat(34, 3)).isEqualTo("34.000");
        assertThat(filters.floatformat(34.0, -3)).isEqualTo("34");
        assertThat(filters.floatformat(new BigDecimal("39.56"), 0)).isEqualTo("40");
        assertThat(filters.floatformat("x")).isEmpty();
    }

    @Test
    void intcommaGroupsThousands() {
        assertThat(filters.intcomma(4500)).isEqualTo("4,500");
        assertThat(filters.intcomma(-1234567.25)).isEqualTo("-1,234,567.25");
        assertThat(filters.intcomma(999)).isEqualTo("999");
    }

    @Test
    void filesizeformatUsesBinaryUnits() {
        assertThat(filters.filesizeformat(1)).isEqualTo("1 byte");
        assertThat(filters.filesizeformat(102)).isEqualTo("102 bytes");
        assertThat(filters.filesizeformat(13 * 1024)).isEqualTo("13.0 KB");
        assertThat(filters.filesizeformat(123456789)).isEqualTo("117.7 MB");
    }

    @Test
    void dateUsesDjangoFormatCharacters() {
        LocalDateTime t = LocalDateTime.of(2026, 1, 5, 13, 7, 9);

        assertThat(filters.date(t)).isEqualTo("Jan. 5, 2026");
        assertThat(filters.date(t, "Y-m-d H:i:s")).isEqualTo("2026-01-05 13:07:09");
        assertThat(filters.date(t, "D, jS F y, g:i A")).isEqualTo("Mon, 5th January 26, 1:07 PM");
        assertThat(filters.date(t, "l N j, P")).isEqualTo("Monday Jan. 5, 1:07 p.m.");
        assertThat(filters.date(LocalDateTime.of(2026, 9, 1, 12, 0), "N P")).isEqualTo("Sept. noon");
        assertThat(filters.date(LocalDateTime.of(2026, 9, 22, 0, 0), "jS \\o\\f F, P")).isEqualTo("22nd of September, midnight");
    }

    @Test
    void dateShowsZonedValuesInTheConfiguredTimeZone() {
        assertThat(filters.date(Instant.parse("2026-07-01T22:30:00Z"), "Y-m-d H:i O T")).isEqualTo("2026-07-02 00:30 +0200 CEST");
        assertThat(filters.date(ZonedDateTime.parse("2026-01-01T00:00:00Z"), "c")).isEqualTo("2026-01-01T01:00:00+01:00");
        assertThat(filters.date(Date.from(NOW), "H:i")).isEqualTo("13:00");
    }

    @Test
    void dateRefusesTimeFieldsForAPlainDate() {
        assertThat(filters.date(LocalDate.of(2026, 2, 3), "j M Y")).isEqualTo("3 Feb 2026");
        assertThatThrownBy(() -> filters.date(LocalDate.of(2026, 2, 3), "H:i"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found 'H'");
    }

    @Test
    void timesinceGivesTheTwoLargestUnits() {
        LocalDateTime now = LocalDateTime.of(2026, 3, 10, 12, 0);

        assertThat(filters.timesince(now.minusDays(3).minusHours(2), now)).isEqualTo("3\u00a0days, 2\u00a0hours");
        assertThat(filters.timesince(now.minusYears(1).minusMonths(2).minusDays(3), now)).isEqualTo("1\u00a0year, 2\u00a0months");
        assertThat(filters.timesince(now.minusWeeks(2).minusDays(1), now)).isEqualTo("2\u00a0weeks, 1\u00a0day");
        assertThat(filters.timesince(now.minusMinutes(1), now)).isEqualTo("1\u00a0minute");
        assertThat(filters.timesince(now.minusDays(1).minusMinutes(5), now)).isEqualTo("1\u00a0day");
        assertThat(filters.timesince(now.plusDays(1), now)).isEqualTo("0\u00a0minutes");
    }

    @Test
    void timesinceWithoutNowUsesTheClock() {
        assertThat(filters.timesince(NOW.minusSeconds(3 * 3600 + 60))).isEqualTo("3\u00a0hours, 1\u00a0minute");
        assertThat(filters.timeuntil(NOW.plusSeconds(2 * 86400))).isEqualTo("2\u00a0days");
    }

    @Test
    void nullGivesEmptyText() {
        assertThat(filters.date(null)).isEmpty();
        assertThat(filters.timesince(null)).isEmpty();
        assertThat(filters.linebreaks(null)).isEmpty();
    }
}
