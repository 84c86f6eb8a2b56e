package dev.djakarta.auth;

import dev.djakarta.http.Principal;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.middleware.Handler;
import dev.djakarta.middleware.Middleware;
import java.util.function.Supplier;

/**
 * Django's AuthenticationMiddleware: {@code request.user()} is the logged-in user (loaded from the session on
 * first use) or the anonymous user. Needs SessionMiddleware before it.
 */
public final class AuthenticationMiddleware implements Middleware {
    @Override
    public Response handle(Request request, Handler next) throws Exception {
        request.setAttribute(Request.USER_ATTRIBUTE, new LazyUser(request));
        return next.handle(request);
    }

    private static final class LazyUser implements Supplier<Principal> {
        private final Request request;
        private Principal user;

        LazyUser(Request request) {
            this.request = request;
        }

        @Override
        public Principal get() {
            if (user == null) {
                User u = Auth.sessionUser(request);
                user = u == null ? Principal.ANONYMOUS : u;
            }
            return user;
        }
    }
}
