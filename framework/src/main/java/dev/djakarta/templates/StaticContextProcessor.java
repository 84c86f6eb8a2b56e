package dev.djakarta.templates;

import dev.djakarta.http.Request;
import dev.djakarta.server.Engine;
import java.util.Map;

/**
 * Adds {@code STATIC_URL}, with the context path in front when static files are served by the site
 * ({@code /blog/static/} in a WAR under {@code /blog}): Django's {@code context_processors.static}. For one file,
 * {@code #urls.staticFile('blog/site.css')} is shorter.
 */
public final class StaticContextProcessor implements ContextProcessor {
    private final Map<String, Object> context;

    public StaticContextProcessor(Engine engine) {
        this.context = Map.of("STATIC_URL", engine.staticFiles().urlFor("", engine.contextPath()));
    }

    @Override
    public Map<String, Object> context(Request request) {
        return context;
    }
}
