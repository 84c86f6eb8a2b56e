package dev.djakarta.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.test.Client;
import dev.djakarta.testsite.TestSite;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSRF hidden input the engine puts into POST forms when a middleware provides a token. */
class CsrfFormTest {
    private static final String INPUT = "<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"t0ken&quot;&lt;&amp;&gt;\">";

    private static String page(boolean withToken) {
        Map<String, String> settings = new HashMap<>(TestSite.production());
        settings.put("MIDDLEWARE", "dev.djakarta.middleware.CommonMiddleware"
                + (withToken ? "," + TemplateSite.TokenMiddleware.class.getName() : ""));
        return Client.of(new TemplateSite(), settings).get("/forms/csrf/").text();
    }

    @Test
    void postFormStartsWithTheEscapedTokenInput() {
        assertThat(page(true)).contains("<form id=\"post\" method=\"post\" action=\"/forms/csrf/\">" + INPUT + "<input name=\"q\"></form>");
    }

    @Test
    void methodIsMatchedWhateverItsCase() {
        assertThat(page(true)).contains("<form id=\"upper\" method=\"POST\">" + INPUT);
    }

    @Test
    void methodSetWithThMethodCountsToo() {
        assertThat(page(true)).contains("<form id=\"th-method\" method=\"post\">" + INPUT);
    }

    @Test
    void getFormsHaveNoToken() {
        assertThat(page(true)).contains("<form id=\"get\" method=\"get\"><input name=\"q\"></form>");
    }

    @Test
    void formPostingToAnotherSiteNeverGetsTheToken() {
        assertThat(page(true)).contains("action=\"https://example.com/collect\"><input name=\"q\"></form>");
    }

    @Test
    void tokenIsAvailableToTemplatesAsCsrfToken() {
        assertThat(page(true)).contains("<meta name=\"csrf-token\" content=\"t0ken&quot;&lt;&amp;&gt;\">");
    }

    @Test
    void theDefaultMiddlewareStackPutsARealMaskedTokenInEveryPostForm() {
        Map<String, String> settings = new HashMap<>(TestSite.production());
        String html = Client.of(new TemplateSite(), settings).get("/forms/csrf/").text();
        assertThat(html).containsPattern("<form id=\"post\" method=\"post\" action=\"/forms/csrf/\"><input type=\"hidden\" "
                + "name=\"csrfmiddlewaretoken\" value=\"[A-Za-z0-9]{64}\">");
    }

    @Test
    void withoutACsrfMiddlewareNoInputIsAdded() {
        assertThat(page(false)).doesNotContain("csrfmiddlewaretoken")
                .contains("<form id=\"post\" method=\"post\" action=\"/forms/csrf/\"><input name=\"q\"></form>");
    }
}
