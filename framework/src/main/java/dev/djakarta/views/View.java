package dev.djakarta.views;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;

/**
 * A view: takes a request, returns a response. Lambdas and method references are views
 * ({@code BlogViews::postDetail}); class-based views extend {@link MethodView}.
 *
 * <p>Throw {@link dev.djakarta.http.Http404}, {@link dev.djakarta.http.PermissionDenied} and friends for error
 * responses. One instance serves every request concurrently: keep per-request state in locals, not fields.
 */
@FunctionalInterface
public interface View {
    /** Never returns null (the engine reports a view that does as a programming error). */
    Response handle(Request request) throws Exception;
}
