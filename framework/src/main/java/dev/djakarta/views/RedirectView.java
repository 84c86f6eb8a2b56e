package dev.djakarta.views;

import dev.djakarta.http.Http404;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.urls.Resolver;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's {@code RedirectView}: redirects to a fixed URL (with {@code {kwarg}} placeholders filled from the route)
 * or to a named route with the same keyword arguments. 302 by default, 301 when permanent; a null target is 410.
 */
public final class RedirectView extends MethodView {
    private final String url;
    private final String routeName;
    private final boolean permanent;
    private final boolean queryString;

    private RedirectView(String url, String routeName, boolean permanent, boolean queryString) {
        this.url = url;
        this.routeName = routeName;
        this.permanent = permanent;
        this.queryString = queryString;
    }

    /** To a URL; {@code "/posts/{id}/"} takes {@code id} from the route's arguments. */
    public static RedirectView to(String url) {
        return new RedirectView(url, null, false, false);
    }

    /** To the named route, passing this route's keyword arguments. */
    public static RedirectView toRoute(String routeName) {
        return new RedirectView(null, routeName, false, false);
    }

    /** 301 instead of 302. */
    public RedirectView permanent() {
        return new RedirectView(url, routeName, true, queryString);
    }

    /** Keeps the request's query string. */
    public RedirectView withQueryString() {
        return new RedirectView(url, routeName, permanent, true);
    }

    @Override
    protected Response get(Request request) {
        String target;
        if (routeName != null) {
            Resolver resolver = request.attribute(Resolver.REQUEST_ATTRIBUTE);
            target = resolver.reverse(routeName, new LinkedHashMap<>(request.kwargs()));
        } else if (url != null) {
            target = fill(url, request.kwargs());
        } else {
            return Response.status(410);
        }
        if (queryString && !request.queryString().isEmpty()) {
            target += (target.contains("?") ? "&" : "?") + request.queryString();
        }
        return permanent ? Response.permanentRedirect(target) : Response.redirect(target);
    }

    private static String fill(String template, Map<String, Object> kwargs) {
        String out = template;
        for (Map.Entry<String, Object> e : kwargs.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", dev.djakarta.http.UrlCodec.encodePathSegment(String.valueOf(e.getValue())));
        }
        if (out.matches(".*\\{[A-Za-z_][A-Za-z0-9_]*}.*")) {
            throw new Http404("Redirect URL '" + template + "' needs arguments the route did not capture");
        }
        return out;
    }

    @Override
    protected Response post(Request request) {
        return get(request);
    }

    @Override
    protected Response put(Request request) {
        return get(request);
    }

    @Override
    protected Response patch(Request request) {
        return get(request);
    }

    @Override
    protected Response delete(Request request) {
        return get(request);
    }
}
