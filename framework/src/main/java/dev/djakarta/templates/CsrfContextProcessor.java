package dev.djakarta.templates;

import dev.djakarta.http.Request;
import java.util.Map;

/**
 * Adds {@code csrf_token}: the request's CSRF token, read only if a template prints it (for a
 * {@code <meta name="csrf-token">} that scripts send back), empty when no CSRF middleware provided one. Django's
 * {@code context_processors.csrf}. POST forms do not need it: the engine adds the hidden input itself.
 */
public final class CsrfContextProcessor implements ContextProcessor {
    @Override
    public Map<String, Object> context(Request request) {
        return Map.of("csrf_token", new LazyToken(request));
    }

    /** Prints as the token; asks the middleware's supplier only when printed. */
    static final class LazyToken {
        private final Request request;

        LazyToken(Request request) {
            this.request = request;
        }

        @Override
        public String toString() {
            String token = Csrf.token(request);
            return token == null ? "" : token;
        }
    }
}
