package dev.djakarta.http;

/**
 * Who is making a request, as views and templates see it: Django's {@code request.user} protocol. The auth app's
 * User implements it; logged-out visitors get {@link #ANONYMOUS}.
 */
public interface Principal {
    /** Django's AnonymousUser: not authenticated, no permissions. */
    Principal ANONYMOUS = new Principal() {
        public boolean isAuthenticated() {
            return false;
        }

        public String getUsername() {
            return "";
        }

        public boolean hasPerm(String permission) {
            return false;
        }

        @Override
        public String toString() {
            return "AnonymousUser";
        }
    };

    boolean isAuthenticated();

    /** The username ({@code ""} for the anonymous user). */
    String getUsername();

    /** True when the user has the permission {@code "app_label.codename"} (superusers have all; inactive users none). */
    boolean hasPerm(String permission);

    default boolean isAnonymous() {
        return !isAuthenticated();
    }

    default boolean isStaff() {
        return false;
    }

    default boolean isSuperuser() {
        return false;
    }

    default boolean isActive() {
        return isAuthenticated();
    }
}
