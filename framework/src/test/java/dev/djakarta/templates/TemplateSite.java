package dev.djakarta.templates;

import static dev.djakarta.templates.Render.render;
import static dev.djakarta.urls.Routes.path;

import dev.djakarta.Site;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.middleware.Handler;
import dev.djakarta.middleware.Middleware;
import dev.djakarta.urls.Routes;
import dev.djakarta.views.TemplateView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A site whose views render the templates under src/test/resources/templates/testsite/. */
public class TemplateSite extends Site {
    static final String EVIL = "<script>alert('x')</script> & \"q\"";
    static final String TOKEN = "t0ken\"<&>";

    /** A post as views pass them: a package-private record. */
    record Post(String title, String author, int wordCount) {
    }

    @Override
    public Routes routes() {
        return Routes.of(
                path("", r -> render(r, "testsite/page.html", Map.of("heading", "Home")), "home"),
                path("greet/", r -> render(r, "testsite/greeting.html", Map.of("name", r.query().get("name", "world"))), "greet"),
                path("page/", r -> render(r, "testsite/page.html", Map.of("heading", "A <b>page</b>")), "page"),
                path("empty/", r -> render(r, "testsite/empty_page.html", Map.of()), "empty"),
                path("escape/", r -> render(r, "testsite/escape.html", Map.of("evil", EVIL, "word", "<b>\"q\" &'x'", "trusted", "<b>bold</b>")), "escape"),
                path("echo/<str:word>/", r -> Response.text(r.kwarg("word")), "echo"),
                path("urls/", r -> render(r, "testsite/urls.html", Map.of()), "urls"),
                path("about/<slug:section>/", TemplateView.of("testsite/about.html"), "about_section"),
                path("about/", TemplateView.of("testsite/about.html"), "about"),
                path("missing/", r -> render(r, "testsite/no_such_page.html", Map.of()), "missing"),
                path("missing-fragment/", r -> render(r, "testsite/missing_fragment.html", Map.of()), "missing_fragment"),
                path("processors/", r -> render(r, "testsite/processors.html", Map.of("clash", "from the view")), "processors"),
                path("forms/csrf/", r -> render(r, "testsite/csrf.html", Map.of()), "csrf"),
                path("feed/", r -> Render.renderXml(r, "testsite/feed.rss", Map.of("title", EVIL, "entries", List.of("a & b", "<c>")), Render.RSS), "feed"),
                path("sitemap/", r -> Render.renderXml(r, "testsite/feed.rss", Map.of("title", "t", "entries", List.of())), "sitemap"),
                path("email/", r -> Render.renderText(r, "testsite/email.txt",
                        Map.of("name", "Zoë", "comment", "<b>Nice</b> & \"true\"", "tags", List.of("java", "web"))), "email"),
                path("records/", r -> render(r, "testsite/records.html", Map.of("posts",
                        List.of(new Post("First <post>", "alice", 120), new Post("Second", "bob", 7)))), "records"),
                path("filters/", r -> render(r, "testsite/filters.html", Map.of("body", "One two three four\n\nfive <six>",
                        "count", 1, "when", Instant.parse("2026-01-05T13:30:00Z"))), "filters"),
                path("redirect/", r -> Response.redirect("/"), "redirect"));
    }

    /** Stands in for the CSRF middleware of a later issue: stores a token supplier on each request. */
    public static final class TokenMiddleware implements Middleware {
        @Override
        public Response handle(Request request, Handler next) throws Exception {
            Supplier<String> token = () -> TOKEN;
            request.setAttribute(Csrf.TOKEN_ATTRIBUTE, token);
            return next.handle(request);
        }
    }

    /** A project's own context processor. */
    public static final class SiteNameProcessor implements ContextProcessor {
        @Override
        public Map<String, Object> context(Request request) {
            return Map.of("site_name", "Test site", "clash", "from the processor");
        }
    }
}
