package dev.djakarta.views;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.templates.Render;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's {@code TemplateView}: renders one template on GET (and HEAD), with the route's keyword arguments and
 * whatever {@link #contextData} adds. Use it directly for static pages, or subclass it for pages that need data:
 *
 * <pre>{@code
 * path("about/", TemplateView.of("blog/about.html"), "about")
 *
 * final class Dashboard extends TemplateView {
 *     Dashboard() { super("blog/dashboard.html"); }
 *     protected Map<String, Object> contextData(Request request) {
 *         Map<String, Object> context = super.contextData(request);
 *         context.put("posts", latestPosts());
 *         return context;
 *     }
 * }
 * }</pre>
 *
 * <p>Other methods get 405 with {@code Allow}. One instance serves every request: keep request state in locals.
 */
public class TemplateView extends MethodView {
    private final String templateName;

    /** @param templateName the template to render, like {@code "blog/about.html"} */
    public TemplateView(String templateName) {
        if (templateName == null || templateName.isEmpty()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs a template name, like \"blog/about.html\"");
        }
        this.templateName = templateName;
    }

    /** A view rendering {@code templateName} with the route's arguments: Django's {@code TemplateView.as_view(template_name=...)}. */
    public static TemplateView of(String templateName) {
        return new TemplateView(templateName);
    }

    /** The template to render; override to choose per request. */
    protected String templateName(Request request) {
        return templateName;
    }

    /**
     * The view's variables: a mutable map holding the route's keyword arguments. Override, call super, and add to it.
     * Context processors' variables are added when rendering; these win on a name clash.
     */
    protected Map<String, Object> contextData(Request request) throws Exception {
        return new LinkedHashMap<>(request.kwargs());
    }

    @Override
    protected Response get(Request request) throws Exception {
        return Render.render(request, templateName(request), contextData(request));
    }
}
