package dev.djakarta.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rendering HTML templates through the test client: context, layouts, escaping, records, what the client sees. */
class TemplatesTest {
    private final Client client = Client.of(new TemplateSite(), TestSite.production());

    @Test
    void renderFindsTheTemplateOnTheClasspathAndFillsItFromTheContext() {
        TestResponse r = client.get("/greet/?name=Ada");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(r.text()).contains("<p>Hello, Ada!</p>");
    }

    @Test
    void pageFillsTheBlocksOfItsBaseLayout() {
        String html = client.get("/page/").text();

        assertThat(html).startsWith("<!doctype html>").contains("<html lang=\"en\">")
                .contains("<title>A &lt;b&gt;page&lt;/b&gt; · Test site</title>")
                .contains("<header><a href=\"/\">Test site</a></header>")
                .contains("<main><h1>A &lt;b&gt;page&lt;/b&gt;</h1></main>")
                .doesNotContain("th:", "Nothing here yet");
    }

    @Test
    void blockThePageLeavesOutKeepsTheLayoutDefault() {
        assertThat(client.get("/empty/").text()).contains("<title>Empty · Test site</title>")
                .contains("<main><p>Nothing here yet.</p></main>");
    }

    @Test
    void variablesAreHtmlEscapedInText() {
        assertThat(client.get("/escape/").text())
                .contains("<p id=\"text\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>");
    }

    @Test
    void variablesAreEscapedInAttributes() {
        assertThat(client.get("/escape/").text())
                .contains("title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;\"");
    }

    @Test
    void variablesArePercentEncodedInUrls() {
        String html = client.get("/escape/").text();

        // a link-expression parameter: encoded for the query; the quote characters the URL may keep are escaped
        assertThat(html).contains("href=\"/search?q=%3Cscript%3Ealert(&#39;x&#39;)%3C/script%3E%20%26%20%22q%22\"");
        // a reversed route argument: encoded for the path, then escaped for the attribute
        assertThat(html).contains("id=\"reverse\" href=\"/echo/%3Cb%3E%22q%22%20&amp;&#39;x&#39;/\"");
    }

    @Test
    void variablesAreEscapedInsideInlineJavaScript() {
        // the string cannot end the script element or the string literal
        assertThat(client.get("/escape/").text()).contains("var value = \"<script>alert('x')<\\/script> \\u0026 \\\"q\\\"\";");
    }

    @Test
    void utextPrintsMarkupUnescapedOnlyWhereTheTemplateAsks() {
        assertThat(client.get("/escape/").text()).contains("<p id=\"raw\"><b>bold</b></p>");
    }

    @Test
    void templatesReadRecordComponentsAsProperties() {
        assertThat(client.get("/records/").text())
                .contains("<li>First &lt;post&gt; by alice (120 words)</li>", "<li>Second by bob (7 words)</li>");
    }

    @Test
    void djakartaFiltersAreAvailableToTemplates() {
        Client paris = Client.of(new TemplateSite(), Map.of("DEBUG", "false", "SECRET_KEY", TestSite.SECRET, "TIME_ZONE", "Europe/Paris"));

        assertThat(paris.get("/filters/").text()).contains("<p id=\"words\">One two three …</p>")
                .contains("<div id=\"breaks\"><p>One two three four</p>\n\n<p>five &lt;six&gt;</p></div>")
                .contains("<p id=\"plural\">1 comment</p>")
                .contains("<p id=\"date\">Jan. 5, 2026, 2:30 p.m.</p>");
    }

    @Test
    void testClientSeesTheTemplateAndContextOfTheResponse() {
        TestResponse r = client.get("/greet/?name=Ada");

        assertThat(r.templateName()).isEqualTo("testsite/greeting.html");
        assertThat(r.templateNames()).isEqualTo(List.of("testsite/greeting.html"));
        assertThat(r.context()).containsEntry("name", "Ada").containsKeys("request", "STATIC_URL", "messages");
    }

    @Test
    void responseNotMadeByATemplateHasNoTemplateName() {
        TestResponse r = client.get("/redirect/");

        assertThat(r.templateName()).isNull();
        assertThat(r.templateNames()).isEmpty();
        assertThat(r.context()).isEmpty();
    }

    @Test
    void templatesOnlyRenderedForTheBodyAreListedWithTheirOwnContext() {
        TestResponse r = client.get("/page/");

        assertThat(r.templateName()).isEqualTo("testsite/page.html");
        assertThat(r.context()).containsEntry("heading", "A <b>page</b>");
        assertThat(r.context()).doesNotContainKey(Templates.REQUEST_VARIABLE);
    }

    @Test
    void renderToStringUsesTheSameEngineWithoutAResponse() {
        Templates templates = client.engine().templates();

        assertThat(templates.render(null, "testsite/greeting.html", Map.of("name", "<Ada>")))
                .isEqualTo("<p>Hello, &lt;Ada&gt;!</p>\n");
    }
}
