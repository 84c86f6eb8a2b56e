package dev.djakarta.views;

import dev.djakarta.http.MethodNotAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Method-restricting wrappers, Django's {@code require_http_methods} and friends:
 * {@code path("comment/", requirePost(BlogViews::comment), "comment")}. Other methods get 405 with {@code Allow}.
 */
public final class Methods {
    private Methods() {
    }

    /** Allows only the given methods (upper- or lower-case). */
    public static View requireHttpMethods(List<String> methods, View view) {
        List<String> allowed = methods.stream().map(m -> m.toUpperCase(Locale.ROOT)).toList();
        Set<String> set = Set.copyOf(allowed);
        return request -> {
            if (!set.contains(request.method())) {
                throw new MethodNotAllowed(request.method(), allowed);
            }
            return view.handle(request);
        };
    }

    /** GET only (HEAD is not GET, as in Django's require_GET). */
    public static View requireGet(View view) {
        return requireHttpMethods(List.of("GET"), view);
    }

    /** POST only. */
    public static View requirePost(View view) {
        return requireHttpMethods(List.of("POST"), view);
    }

    /** GET and HEAD only. */
    public static View requireSafe(View view) {
        return requireHttpMethods(List.of("GET", "HEAD"), view);
    }
}
