package dev.djakarta.benchmarks.tfb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared rules: clamping of {@code queries}, distinct ids, new numbers, code-point order. */
class TfbTest {
    @Test
    void queriesIsClampedToOneThroughFiveHundred() {
        assertThat(Tfb.queries(null)).isEqualTo(1);
        assertThat(Tfb.queries("")).isEqualTo(1);
        assertThat(Tfb.queries("foo")).isEqualTo(1);
        assertThat(Tfb.queries("1.5")).isEqualTo(1);
        assertThat(Tfb.queries("0")).isEqualTo(1);
        assertThat(Tfb.queries("-7")).isEqualTo(1);
        assertThat(Tfb.queries("20")).isEqualTo(20);
        assertThat(Tfb.queries(" 20 ")).isEqualTo(20);
        assertThat(Tfb.queries("500")).isEqualTo(500);
        assertThat(Tfb.queries("501")).isEqualTo(500);
        assertThat(Tfb.queries("99999999999999")).isEqualTo(500);
        assertThat(Tfb.queries("-99999999999999")).isEqualTo(1);
    }

    @Test
    void randomIdsAreDistinctAndInRange() {
        int[] ids = Tfb.randomIds(500);
        assertThat(ids).hasSize(500).doesNotHaveDuplicates();
        assertThat(java.util.Arrays.stream(ids).allMatch(id -> id >= 1 && id <= Tfb.WORLD_ROWS)).isTrue();
        assertThat(Tfb.sortedRandomIds(500)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void newRandomNumberAlwaysDiffersFromTheOldOne() {
        for (int old = 1; old <= Tfb.WORLD_ROWS; old += 97) {
            int n = Tfb.newRandomNumber(old);
            assertThat(n).isNotEqualTo(old).isBetween(1, Tfb.WORLD_ROWS);
        }
    }

    @Test
    void fortunesSortByCodePointNotByUtf16Unit() {
        // U+FF21 (fullwidth A) is one UTF-16 unit above the surrogates of U+1F600, but a smaller code point
        List<String> messages = new ArrayList<>(List.of("\uD83D\uDE00 emoji", "\uFF21 fullwidth", "b", "A", "フ", "—"));
        messages.sort(Tfb.CODE_POINT_ORDER);
        assertThat(messages).containsExactly("A", "b", "—", "フ", "\uFF21 fullwidth", "\uD83D\uDE00 emoji");
        assertThat(Tfb.CODE_POINT_ORDER.compare("ab", "abc")).isNegative();
        assertThat(Tfb.CODE_POINT_ORDER.compare("abc", "abc")).isZero();
    }

    @Test
    void fortunesScriptSplitsIntoItsStatements() {
        List<String> statements = TfbData.statements(TfbData.fortunesSql());
        assertThat(statements).hasSize(3);
        assertThat(statements.get(2)).startsWith("INSERT INTO fortune").contains("alert(\"This should not be displayed")
                .contains("フレームワークのベンチマーク").endsWith("')");
    }
}
