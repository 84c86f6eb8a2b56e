package dev.djakarta.templates;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import java.util.Map;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Django's {@code render} shortcut and its siblings for other formats. Each renders through the engine's
 * {@link Templates} (context processors included) and returns a response:
 *
 * <pre>{@code
 * import static dev.djakarta.templates.Render.render;
 *
 * static Response postList(Request request) {
 *     return render(request, "blog/post_list.html", Map.of("posts", posts));
 * }
 * }</pre>
 *
 * The test client sees which template and context made the response ({@code TestResponse.templateName()},
 * {@code context()}).
 */
public final class Render {
    /** Content type of {@link #renderXml(Request, String, Map)}. */
    public static final String XML = "application/xml; charset=utf-8";
    /** Content type of an RSS feed. */
    public static final String RSS = "application/rss+xml; charset=utf-8";
    /** Content type of an Atom feed. */
    public static final String ATOM = "application/atom+xml; charset=utf-8";

    private Render() {
    }

    /** 200 text/html from an HTML template. @throws TemplateDoesNotExist when there is no such template */
    public static Response render(Request request, String name, Map<String, ?> context) {
        return render(request, name, context, 200);
    }

    /** An HTML page with another status (a form with errors for a JSON-less client keeps 200; a 404 page, 404). */
    public static Response render(Request request, String name, Map<String, ?> context, int status) {
        return Templates.of(request).respond(request, name, context, TemplateMode.HTML, Response.HTML, status);
    }

    /** 200 {@code text/plain; charset=utf-8} from a template rendered in TEXT mode (nothing is HTML-escaped). */
    public static Response renderText(Request request, String name, Map<String, ?> context) {
        return Templates.of(request).respond(request, name, context, TemplateMode.TEXT, Response.TEXT, 200);
    }

    /** 200 {@code application/xml; charset=utf-8} from a template rendered in XML mode (values XML-escaped). */
    public static Response renderXml(Request request, String name, Map<String, ?> context) {
        return renderXml(request, name, context, XML);
    }

    /** An XML document with the given content type ({@link #RSS}, {@link #ATOM}, a sitemap's {@link #XML}). */
    public static Response renderXml(Request request, String name, Map<String, ?> context, String contentType) {
        return Templates.of(request).respond(request, name, context, TemplateMode.XML, contentType, 200);
    }

    /**
     * The template's output as a string (an email body, a fragment for JSON): Django's {@code render_to_string}.
     * The mode comes from the extension.
     */
    public static String renderToString(Request request, String name, Map<String, ?> context) {
        return Templates.of(request).render(request, name, context);
    }
}
