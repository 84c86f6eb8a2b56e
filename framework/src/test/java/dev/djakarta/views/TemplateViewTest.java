package dev.djakarta.views;

import static dev.djakarta.urls.Routes.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.Site;
import dev.djakarta.http.Request;
import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import dev.djakarta.urls.Routes;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TemplateView renders its template on GET with the route's arguments and its own context data. */
class TemplateViewTest {
    public static final class Site1 extends Site {
        @Override
        public Routes routes() {
            return Routes.of(
                    path("about/", TemplateView.of("testsite/about.html"), "about"),
                    path("about/<slug:section>/", TemplateView.of("testsite/about.html"), "about_section"),
                    path("greet/", new Greeting(), "greet"));
        }
    }

    static final class Greeting extends TemplateView {
        Greeting() {
            super("testsite/greeting.html");
        }

        @Override
        protected Map<String, Object> contextData(Request request) throws Exception {
            Map<String, Object> context = super.contextData(request);
            context.put("name", request.query().get("who", "stranger"));
            return context;
        }
    }

    private final Client client = Client.of(new Site1(), TestSite.production());

    @Test
    void rendersItsTemplateOnGet() {
        TestResponse r = client.get("/about/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.templateName()).isEqualTo("testsite/about.html");
        assertThat(r.text()).contains("<p>About everything</p>");
    }

    @Test
    void routeArgumentsAreInTheContext() {
        assertThat(client.get("/about/news/").text()).contains("<p>About news</p>");
    }

    @Test
    void subclassAddsContextData() {
        TestResponse r = client.get("/greet/?who=Grace");

        assertThat(r.text()).contains("<p>Hello, Grace!</p>");
        assertThat(r.context()).containsEntry("name", "Grace");
    }

    @Test
    void postIsNotAllowed() {
        TestResponse r = client.post("/about/", Map.of());

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
    }
}
