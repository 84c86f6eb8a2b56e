package dev.djakarta.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import org.junit.jupiter.api.Test;

/** Text and XML templates (emails, feeds, sitemaps): their content types and their escaping. */
class NonHtmlTemplatesTest {
    private final Client client = Client.of(new TemplateSite(), TestSite.production());

    @Test
    void textTemplateIsPlainUtf8TextWithNothingHtmlEscaped() {
        TestResponse r = client.get("/email/");

        assertThat(r.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
        assertThat(r.text()).isEqualTo("Hello Zoë,\n\nYour comment \"<b>Nice</b> & \"true\"\" was posted.\n- java\n- web\n\n");
        assertThat(r.templateName()).isEqualTo("testsite/email.txt");
    }

    @Test
    void feedHasTheContentTypeItAskedFor() {
        assertThat(client.get("/feed/").header("Content-Type")).isEqualTo("application/rss+xml; charset=utf-8");
    }

    @Test
    void xmlWithoutAContentTypeIsApplicationXml() {
        assertThat(client.get("/sitemap/").header("Content-Type")).isEqualTo("application/xml; charset=utf-8");
    }

    @Test
    void xmlTemplatesEscapeValuesForXml() {
        String xml = client.get("/feed/").text();

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
                .contains("<title>&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;</title>")
                .contains("<item><title>a &amp; b</title></item>", "<item><title>&lt;c&gt;</title></item>")
                .doesNotContain("xmlns:th", "th:text");
    }
}
