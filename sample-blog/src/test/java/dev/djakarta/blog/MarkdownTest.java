package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Post bodies: Markdown rendered, then cleaned so that nothing executable reaches the page. */
class MarkdownTest {
    @Test
    void markdownBecomesHtml() {
        assertThat(Markdown.toSafeHtml("# Title\n\nSome *emphasis* and `code`.\n\n- one\n- two"))
                .isEqualTo("<h1>Title</h1>\n<p>Some <em>emphasis</em> and <code>code</code>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
    }

    @Test
    void fencedCodeKeepsItsLanguageClassAndEscapesItsText() {
        assertThat(Markdown.toSafeHtml("```java\nif (a < b) {}\n```"))
                .isEqualTo("<pre><code class=\"language-java\">if (a &lt; b) {}\n</code></pre>");
    }

    @Test
    void scriptElementsAreRemoved() {
        String html = Markdown.toSafeHtml("Hello\n\n<script>alert('x')</script>\n\n<p>inline <script>steal()</script></p>");

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert", "steal").contains("Hello", "inline");
    }

    @Test
    void eventHandlerAttributesAreRemoved() {
        String html = Markdown.toSafeHtml("<img src=\"https://example.com/a.png\" onerror=\"alert(1)\" alt=\"a\">\n\n"
                + "<a href=\"https://example.com/\" onclick=\"steal()\" onmouseover=\"x()\">link</a>");

        assertThat(html).doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("onmouseover")
                .contains("<img src=\"https://example.com/a.png\" alt=\"a\">", "<a href=\"https://example.com/\">link</a>");
    }

    @Test
    void javascriptAndDataLinksAreRemovedInAnySpelling() {
        String html = Markdown.toSafeHtml("[one](javascript:alert(1)) [two](JaVaScRiPt:alert(2)) "
                + "<a href=\"jav&#x09;ascript:alert(3)\">three</a> <a href=\"data:text/html;base64,PHNjcmlwdD4=\">four</a> "
                + "<img src=\"javascript:alert(5)\">");

        assertThat(html).doesNotContainIgnoringCase("javascript").doesNotContain("data:", "alert").contains("one", "two", "three", "four");
    }

    @Test
    void styleIframeAndFormElementsAreRemoved() {
        String html = Markdown.toSafeHtml("<style>body{display:none}</style><iframe src=\"https://evil.example\"></iframe>"
                + "<form action=\"https://evil.example\"><input name=p></form><object data=x></object>text");

        assertThat(html).doesNotContain("<style", "<iframe", "<form", "<input", "<object", "display:none").contains("text");
    }

    @Test
    void safeLinksRelativeLinksAndMailtoAreKept() {
        assertThat(Markdown.toSafeHtml("[about](/about/) [spec](https://spec.commonmark.org/) [mail](mailto:a@example.com)"))
                .isEqualTo("<p><a href=\"/about/\">about</a> <a href=\"https://spec.commonmark.org/\">spec</a> "
                        + "<a href=\"mailto:a@example.com\">mail</a></p>");
    }

    @Test
    void emptyBodyIsEmptyHtml() {
        assertThat(Markdown.toSafeHtml(null)).isEmpty();
        assertThat(Markdown.toSafeHtml("  \n")).isEmpty();
    }

    @Test
    void summaryIsTheTextCutAtAWord() {
        assertThat(Markdown.summary("<p>Short <em>one</em>.</p>", 200)).isEqualTo("Short one.");
        assertThat(Markdown.summary("<p>" + "word ".repeat(60) + "</p>", 50)).isEqualTo("word word word word word word word word word word…");
    }
}
