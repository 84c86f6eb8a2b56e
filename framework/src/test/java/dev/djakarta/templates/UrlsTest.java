package dev.djakarta.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.conf.Settings;
import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.testsite.TestSite;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Links in templates: #urls.reverse, #urls.staticFile, @{...} and STATIC_URL, at the root and under a context path. */
class UrlsTest {
    private static String page(String contextPath) {
        Map<String, String> settings = new HashMap<>(TestSite.production());
        settings.put("ALLOWED_HOSTS", "testserver");
        Engine engine = Engine.boot(new TemplateSite(), Settings.of(settings), contextPath);
        return new Client(engine).get("/urls/").text();
    }

    @Test
    void atTheRootLinksStartWithSlash() {
        assertThat(page("")).contains("<li id=\"link\">/about/</li>", "<li id=\"reverse-none\">/about/</li>",
                "<li id=\"static\">/static/testsite/site.css</li>", "<li id=\"static-url\">/static/</li>");
    }

    @Test
    void underAContextPathEveryKindOfLinkIncludesIt() {
        assertThat(page("/blog")).contains("<li id=\"link\">/blog/about/</li>", "<li id=\"reverse-none\">/blog/about/</li>",
                "<li id=\"reverse\">/blog/echo/caf%C3%A9/</li>", "<li id=\"reverse-kw\">/blog/about/news/</li>",
                "<li id=\"static\">/blog/static/testsite/site.css</li>", "<li id=\"static-url\">/blog/static/</li>");
    }

    @Test
    void reverseEncodesItsArguments() {
        assertThat(page("")).contains("<li id=\"reverse\">/echo/caf%C3%A9/</li>");
    }

    @Test
    void reverseTakesKeywordArguments() {
        assertThat(page("")).contains("<li id=\"reverse-kw\">/about/news/</li>");
    }
}
