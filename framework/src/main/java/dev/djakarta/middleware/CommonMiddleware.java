package dev.djakarta.middleware;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.server.Engine;
import dev.djakarta.urls.Resolver;

/**
 * Django's CommonMiddleware: validates the Host header against ALLOWED_HOSTS (400 otherwise), redirects
 * {@code /path} to {@code /path/} with 301 when APPEND_SLASH is on, the original 404s and the slashed path
 * resolves, and sets Content-Length on non-streaming responses.
 */
public final class CommonMiddleware implements Middleware {
    private final boolean appendSlash;
    private final boolean debug;
    private final Resolver resolver;

    public CommonMiddleware(Engine engine) {
        this.appendSlash = engine.settings().bool("APPEND_SLASH");
        this.debug = engine.debug();
        this.resolver = engine.resolver();
    }

    @Override
    public Response handle(Request request, Handler next) throws Exception {
        request.host();
        Response response = next.handle(request);
        if (response.status() == 404 && appendSlash && shouldRedirectWithSlash(request)) {
            if (debug && !request.isSafeMethod()) {
                throw new IllegalStateException("You called this URL via " + request.method() + ", but the URL doesn't end in a "
                        + "slash and you have APPEND_SLASH set. Djakarta can't redirect to the slash URL while keeping "
                        + request.method() + " data. Change your form to point to " + request.path() + "/ (note the trailing "
                        + "slash), or set APPEND_SLASH=false.");
            }
            return Response.permanentRedirect(slashedFullPath(request));
        }
        if (!response.isStreaming() && !response.headers().has("Content-Length")) {
            response.header("Content-Length", Long.toString(response.contentLength()));
        }
        return response;
    }

    private boolean shouldRedirectWithSlash(Request request) {
        String path = request.path();
        return !path.endsWith("/") && resolver.resolve(path) == null && resolver.resolve(path + "/") != null;
    }

    /** The request's own (still encoded) path plus "/", and its query; a leading "//" is escaped (no open redirect). */
    private String slashedFullPath(Request request) {
        String raw = request.raw().rawPath();
        String location = resolver.prefix() + raw + "/";
        if (location.startsWith("//")) {
            location = "/%2F" + location.substring(2);
        }
        String q = request.queryString();
        return q.isEmpty() ? location : location + "?" + q;
    }
}
