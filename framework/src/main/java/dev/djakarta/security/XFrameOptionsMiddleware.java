package dev.djakarta.security;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.middleware.Handler;
import dev.djakarta.middleware.Middleware;
import dev.djakarta.server.Engine;
import dev.djakarta.views.View;

/**
 * Django's XFrameOptionsMiddleware: {@code X-Frame-Options: DENY} (or X_FRAME_OPTIONS) on every response that does
 * not set its own, except responses of views wrapped with {@link #exempt}.
 */
public final class XFrameOptionsMiddleware implements Middleware {
    private static final String EXEMPT = "xframe_options_exempt";
    private final String value;

    public XFrameOptionsMiddleware(Engine engine) {
        String v = engine.settings().string("X_FRAME_OPTIONS", "DENY").toUpperCase(java.util.Locale.ROOT);
        if (!v.equals("DENY") && !v.equals("SAMEORIGIN")) {
            throw engine.settings().invalid("X_FRAME_OPTIONS", "expected DENY or SAMEORIGIN");
        }
        this.value = v;
    }

    /** A view whose pages may be framed by any site (Django's xframe_options_exempt). */
    public static View exempt(View view) {
        return request -> view.handle(request).flag(EXEMPT);
    }

    @Override
    public Response handle(Request request, Handler next) throws Exception {
        Response r = next.handle(request);
        if (r.header("X-Frame-Options") == null && !r.hasFlag(EXEMPT)) {
            r.header("X-Frame-Options", value);
        }
        return r;
    }
}
