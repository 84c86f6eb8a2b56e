package dev.djakarta.templates;

import dev.djakarta.http.Request;
import java.util.Map;

/**
 * Adds variables to every template rendered for a request: Django's context processors. Listed by class name in
 * the TEMPLATE_CONTEXT_PROCESSORS setting; each class needs a public constructor taking the
 * {@link dev.djakarta.server.Engine} or none, and is created once at start-up and shared by all requests (keep
 * request state in locals).
 *
 * <pre>{@code
 * public final class SiteNameProcessor implements ContextProcessor {
 *     public Map<String, Object> context(Request request) { return Map.of("site_name", "My blog"); }
 * }
 * }</pre>
 *
 * <p>Runs on every render, so it should be cheap: return values that compute lazily when they are expensive.
 */
@FunctionalInterface
public interface ContextProcessor {
    /** The variables to add; never null (an empty map for none). The view's own context wins on a name clash. */
    Map<String, Object> context(Request request);
}
