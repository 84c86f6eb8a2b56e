package dev.djakarta.templates;

import dev.djakarta.conf.Settings;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.server.Components;
import dev.djakarta.server.Engine;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.util.FastStringWriter;

/**
 * The site's template engine: Thymeleaf 3.1, set up once when the {@link Engine} starts and reached through
 * {@code engine.templates()} (or the {@link Render} shortcuts, which is what views normally use).
 *
 * <p><b>Finding templates.</b> A name is a path relative to a templates folder, with its extension
 * ({@code "blog/post_list.html"}). The TEMPLATE_DIRS directories are searched first, then {@code templates/} on the
 * classpath (every app's jar or classes folder, the project's own first), so a project overrides any app's template
 * by putting a file with the same name in its own {@code templates/}. The extension picks the template mode:
 * {@code .txt} is TEXT, {@code .xml}, {@code .rss} and {@code .atom} are XML, {@code .js} JAVASCRIPT,
 * {@code .css} CSS, anything else HTML. {@link #render(Request, String, Map, TemplateMode)} can force a mode.
 *
 * <p><b>Caching.</b> With DEBUG off, parsed templates are cached for the life of the engine. With DEBUG on, every
 * render reads the files again, so an edited template shows on the next request.
 *
 * <p><b>Context.</b> Each render's variables are the outputs of the TEMPLATE_CONTEXT_PROCESSORS, in order, then the
 * view's context on top (the view wins on a name clash, as in Django). Without a request no processor runs.
 * Templates also get {@code #urls} ({@link Urls}), {@code #djakarta} ({@link Filters}), context-path-aware
 * {@code @{/...}} links, and a CSRF hidden input in every {@code <form method="post">} ({@link Csrf}).
 *
 * <p>Thread-safe and immutable after construction.
 */
public final class Templates {
    /** Context variable under which the dialect finds the request; not meant for templates. */
    static final String REQUEST_VARIABLE = "djakarta.request";
    /** The locale templates format with (Thymeleaf's {@code #numbers}, {@code #temporals}). */
    private static final Locale LOCALE = Locale.ENGLISH;

    private final TemplateEngine thymeleaf;
    private final TemplateSources sources;
    private final List<ContextProcessor> processors;

    /**
     * Sets up the engine for {@code engine}'s settings: resolvers, dialect, link builder, cache, context processors.
     *
     * @throws dev.djakarta.conf.ImproperlyConfigured on a bad TEMPLATE_DIRS, TEMPLATE_CONTEXT_PROCESSORS or TIME_ZONE
     */
    public Templates(Engine engine) {
        Settings settings = engine.settings();
        OgnlSetup.install();
        this.sources = new TemplateSources(settings, engine.site().getClass().getClassLoader(), !engine.debug());
        this.thymeleaf = new TemplateEngine();
        thymeleaf.setTemplateResolvers(sources.resolvers());
        thymeleaf.setLinkBuilder(new ContextPathLinkBuilder(engine.contextPath()));
        StandardCacheManager cache = new StandardCacheManager();
        cache.setTemplateCacheMaxSize(1000);
        thymeleaf.setCacheManager(cache);
        Urls urls = new Urls(engine.resolver(), engine.staticFiles(), engine.contextPath());
        thymeleaf.addDialect(new DjakartaDialect(urls, Filters.from(settings)));
        thymeleaf.getConfiguration();   // initialises Thymeleaf now, not on the first request
        this.processors = Components.createAll(engine, "TEMPLATE_CONTEXT_PROCESSORS", ContextProcessor.class);
    }

    /**
     * Runs a small inline template through a throwaway Thymeleaf engine, so that the first real render does not pay
     * for loading the parser, the expression language and the HTML escaper's tables. Used by start-up warm-up.
     */
    public static void warmUp() {
        OgnlSetup.install();
        TemplateEngine warm = new TemplateEngine();
        warm.setTemplateResolver(new org.thymeleaf.templateresolver.StringTemplateResolver());
        String template = "<!DOCTYPE html><html><body><ul th:if=\"${!items.isEmpty()}\"><li th:each=\"item, s : ${items}\" "
                + "th:classappend=\"${s.odd} ? 'odd'\" th:text=\"${item.toUpperCase()}\">x</li></ul>"
                + "<a th:href=\"@{page(n=${items.size()})}\" th:utext=\"|${items[0]} &amp; more|\">a</a>"
                + "<p th:text=\"#{missing}\" th:attr=\"data-x=${#strings.length(items[1])}\"></p></body></html>";
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(LOCALE);
        context.setVariable("items", List.of("<b>\"caf\u00e9\"</b>", "a & b", "c"));
        warm.process(template, context);
    }

    /** The templates of the engine handling {@code request}. */
    public static Templates of(Request request) {
        return Engine.of(request).templates();
    }

    /**
     * Renders {@code name} with {@code context} plus the context processors' variables for {@code request}, in the
     * mode its extension gives.
     *
     * @param request the current request, or null to render without context processors (e.g. in a background job)
     * @param context the view's variables; may be null
     * @throws TemplateDoesNotExist when no templates folder has {@code name}
     * @throws org.thymeleaf.exceptions.TemplateProcessingException on an error in the template (it names the
     *         template, line and column)
     */
    public String render(Request request, String name, Map<String, ?> context) {
        return render(request, name, context, null);
    }

    /** As {@link #render(Request, String, Map)}, in {@code mode} whatever the extension (null: by extension). */
    public String render(Request request, String name, Map<String, ?> context, TemplateMode mode) {
        return process(request, name, context, mode);
    }

    /** Renders into a response with {@code contentType} and records it for the test client. */
    Response respond(Request request, String name, Map<String, ?> context, TemplateMode mode, String contentType, int status) {
        String text = process(request, name, context, mode);
        Response response = Response.of(status, contentType, text.getBytes(StandardCharsets.UTF_8));
        RenderRecorder recorder = request == null ? null : request.attribute(RenderRecorder.ATTRIBUTE);
        if (recorder != null) {
            recorder.attachLast(response);
        }
        return response;
    }

    /** True when some templates folder has {@code name}. Reads the folders: for start-up checks, not per request. */
    public boolean exists(String name) {
        return sources.exists(name);
    }

    /** The context processors, in the order they run. */
    public List<ContextProcessor> contextProcessors() {
        return processors;
    }

    private String process(Request request, String name, Map<String, ?> context, TemplateMode mode) {
        TemplateSources.checkName(name);
        Map<String, Object> variables = new HashMap<>(32);
        if (request != null) {
            for (ContextProcessor processor : processors) {
                variables.putAll(processor.context(request));
            }
        }
        if (context != null) {
            variables.putAll(context);
        }
        if (request != null) {
            RenderRecorder recorder = request.attribute(RenderRecorder.ATTRIBUTE);
            if (recorder != null) {
                recorder.record(name, variables);
            }
            variables.put(REQUEST_VARIABLE, request);
        }
        FastStringWriter out = new FastStringWriter(4096);
        try {
            thymeleaf.process(new TemplateSpec(name, null, mode, null), new TemplateContext(LOCALE, variables), out);
        } catch (TemplateInputException e) {
            throw sources.explain(e);
        }
        return out.toString();
    }
}
