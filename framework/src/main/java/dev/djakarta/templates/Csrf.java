package dev.djakarta.templates;

import dev.djakarta.http.Request;
import java.util.function.Supplier;

/**
 * Where templates get the CSRF token from. A CSRF middleware stores the token on the request under
 * {@link #TOKEN_ATTRIBUTE}, as a {@code String} or as a {@code Supplier<String>} (so that a token, and its cookie,
 * is only made for pages that show a form, like Django's lazy {@code get_token}). Every
 * {@code <form method="post">} rendered by the engine then starts with
 * {@code <input type="hidden" name="csrfmiddlewaretoken" value="...">}; without the attribute no input is added.
 * Forms posting to another site ({@code action} starting with {@code http:}, {@code https:} or {@code //}) never
 * get the token, so it cannot leak.
 */
public final class Csrf {
    /** Request attribute holding the token (a String or a Supplier of one). */
    public static final String TOKEN_ATTRIBUTE = dev.djakarta.security.Csrf.TOKEN_ATTRIBUTE;
    /** Name of the hidden form field, as in Django. */
    public static final String FIELD_NAME = dev.djakarta.security.Csrf.FIELD;

    private Csrf() {
    }

    /** The request's token, or null when no middleware provided one. */
    public static String token(Request request) {
        Object value = request.attribute(TOKEN_ATTRIBUTE);
        if (value instanceof Supplier<?> supplier) {
            value = supplier.get();
        }
        return value == null ? null : value.toString();
    }
}
