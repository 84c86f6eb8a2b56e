package dev.djakarta.urls;

import dev.djakarta.views.View;
import java.util.Map;

/**
 * The result of resolving a path: Django's {@code ResolverMatch}.
 *
 * @param view    the view to call
 * @param kwargs  converted arguments captured by the pattern, in pattern order
 * @param name    the full route name with namespaces ({@code "blog:post_detail"}), or null
 * @param pattern the full pattern ({@code "blog/<int:id>/"})
 */
public record Match(View view, Map<String, Object> kwargs, String name, String pattern) {
}
