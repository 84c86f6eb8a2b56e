package dev.djakarta.urls;

import dev.djakarta.views.View;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable, ordered list of routes: Django's {@code urlpatterns}.
 *
 * <pre>{@code
 * Routes.of(
 *     path("", BlogViews::postList, "post_list"),
 *     path("<int:year>/<slug:slug>/", BlogViews::postDetail, "post_detail"),
 *     include("api/", ApiViews.routes(), "api"))
 * }</pre>
 *
 * Patterns are relative (no leading {@code /}) and use {@code <converter:name>} parts. The first route that
 * matches wins, in declaration order; matching is compiled by {@link Resolver} at start-up.
 */
public final class Routes {
    private final List<Route> routes;

    private Routes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static Routes of(Route... routes) {
        for (Route r : routes) {
            Objects.requireNonNull(r, "null route in Routes.of(...)");
        }
        return new Routes(Arrays.asList(routes));
    }

    public static Routes of(List<Route> routes) {
        return new Routes(routes);
    }

    /** A route with a view and a name for reverse(). */
    public static Route path(String pattern, View view, String name) {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(view, () -> "view of route '" + pattern + "' is null");
        return new Route(pattern, view, name, null, null);
    }

    /** A route without a name (it cannot be reversed). */
    public static Route path(String pattern, View view) {
        return path(pattern, view, null);
    }

    /** Mounts {@code routes} under {@code prefix}; their names are reversed without a namespace. */
    public static Route include(String prefix, Routes routes) {
        return include(prefix, routes, null);
    }

    /** Mounts {@code routes} under {@code prefix}; their names become {@code namespace:name}. */
    public static Route include(String prefix, Routes routes, String namespace) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(routes, () -> "routes included at '" + prefix + "' are null");
        return new Route(prefix, null, null, routes, namespace);
    }

    /** A new list with {@code more} appended. */
    public Routes plus(Route... more) {
        List<Route> all = new ArrayList<>(routes);
        all.addAll(Arrays.asList(more));
        return new Routes(all);
    }

    public List<Route> routes() {
        return routes;
    }
}
