package dev.djakarta.benchmarks.tfb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FortunesPageTest {
    private final String expected = ExpectedFortunes.html();

    @Test
    void thePageItselfIsExact() {
        assertThat(FortunesPage.compare(expected, expected).exact()).isTrue();
    }

    @Test
    void whitespaceBetweenTagsIsInsignificant() {
        String reflowed = expected.replace("</tr>\n<tr>", "</tr>\n    \n  <tr>").replace("<body><table>", "<body>\n<table>") + "\n\n";
        FortunesPage.Comparison cmp = FortunesPage.compare(expected, reflowed);
        assertThat(cmp.equal()).isTrue();
        assertThat(cmp.exact()).isTrue();
    }

    @Test
    void whitespaceInsideTextIsSignificant() {
        String changed = expected.replace("Computers make very fast", "Computers make  very fast");
        assertThat(FortunesPage.compare(expected, changed).equal()).isFalse();
    }

    @Test
    void numericReferencesForTheSameCharacterAreEqualButNotExact() {
        String thymeleafStyle = expected.replace("&apos;", "&#39;").replace("&quot;", "&#x22;");
        FortunesPage.Comparison cmp = FortunesPage.compare(expected, thymeleafStyle);
        assertThat(cmp.equal()).isTrue();
        assertThat(cmp.exact()).isFalse();
        assertThat(cmp.description()).contains("&#39;=&apos;").contains("&#x22;=&quot;");
    }

    @Test
    void unescapedScriptFails() {
        String unescaped = expected.replace("&lt;script&gt;", "<script>");
        assertThat(FortunesPage.compare(expected, unescaped).equal()).isFalse();
    }

    @Test
    void doubleEscapingFails() {
        String doubled = expected.replace("&lt;script&gt;", "&amp;lt;script&amp;gt;");
        assertThat(FortunesPage.compare(expected, doubled).equal()).isFalse();
    }

    @Test
    void wrongOrderFails() {
        String swapped = expected.replace("<tr><td>9</td><td>Feature: A bug with seniority.</td></tr>\n", "")
                .replace("<tr><td>12</td>", "<tr><td>9</td><td>Feature: A bug with seniority.</td></tr>\n<tr><td>12</td>");
        FortunesPage.Comparison cmp = FortunesPage.compare(expected, swapped);
        assertThat(cmp.equal()).isFalse();
        assertThat(cmp.description()).contains("differs from the reference page");
    }
}
