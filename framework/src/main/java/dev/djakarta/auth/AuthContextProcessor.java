package dev.djakarta.auth;

import dev.djakarta.http.Principal;
import dev.djakarta.http.Request;
import dev.djakarta.templates.ContextProcessor;
import java.util.Map;

/**
 * Django's {@code context_processors.auth}: {@code user} (the request's user, loaded only when a template reads it;
 * the anonymous user when AuthenticationMiddleware is not installed) and {@code perms}
 * ({@code ${perms.has('blog.add_post')}}).
 */
public final class AuthContextProcessor implements ContextProcessor {
    @Override
    public Map<String, Object> context(Request request) {
        LazyUser user = new LazyUser(request);
        return Map.of("user", user, "perms", new Perms(user));
    }

    /** The request's user, resolved on first use. */
    public static final class LazyUser implements Principal {
        private final Request request;
        private Principal user;

        LazyUser(Request request) {
            this.request = request;
        }

        private Principal user() {
            if (user == null) {
                try {
                    user = request.user();
                } catch (IllegalStateException noAuthMiddleware) {
                    user = Principal.ANONYMOUS;
                }
            }
            return user;
        }

        @Override
        public boolean isAuthenticated() {
            return user().isAuthenticated();
        }

        @Override
        public String getUsername() {
            return user().getUsername();
        }

        @Override
        public boolean hasPerm(String permission) {
            return user().hasPerm(permission);
        }

        @Override
        public boolean isStaff() {
            return user().isStaff();
        }

        @Override
        public boolean isSuperuser() {
            return user().isSuperuser();
        }

        @Override
        public boolean isActive() {
            return user().isActive();
        }

        /** The underlying user ({@link User} when logged in). */
        public Principal get() {
            return user();
        }

        @Override
        public String toString() {
            return user().isAuthenticated() ? user().getUsername() : "AnonymousUser";
        }
    }

    /** The user's permissions for templates. */
    public static final class Perms {
        private final Principal user;

        Perms(Principal user) {
            this.user = user;
        }

        /** True when the user has {@code "app_label.codename"}. */
        public boolean has(String permission) {
            return user.hasPerm(permission);
        }
    }
}
