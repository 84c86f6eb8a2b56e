package dev.djakarta.admin;

import dev.djakarta.http.PermissionDenied;
import dev.djakarta.http.Request;

/** The model permissions the admin checks on every page, action and POST ({@code blog.change_post}). */
final class Perms {
    static final String VIEW = "view";
    static final String ADD = "add";
    static final String CHANGE = "change";
    static final String DELETE = "delete";

    private Perms() {
    }

    /** Whether the user may do {@code action} to the model, as the admin's {@link ModelAdmin#hasPermission} hook says. */
    static boolean has(Request request, ModelAdmin<?> admin, String action) {
        return has(request, admin, action, null);
    }

    /** Whether the user may do {@code action} to {@code object} (null: to the model). */
    @SuppressWarnings("unchecked")
    static <T> boolean has(Request request, ModelAdmin<T> admin, String action, Object object) {
        return admin.hasPermission(request, action, (T) object);
    }

    /** The model permission alone; as in Django, change implies view. */
    static boolean modelPermission(Request request, ModelAdmin<?> admin, String action) {
        String prefix = admin.meta().label() + ".";
        if (VIEW.equals(action)) {
            return request.user().hasPerm(prefix + "view_" + admin.modelName()) || request.user().hasPerm(prefix + "change_" + admin.modelName());
        }
        return request.user().hasPerm(prefix + action + "_" + admin.modelName());
    }

    static boolean any(Request request, ModelAdmin<?> admin) {
        return has(request, admin, VIEW) || has(request, admin, ADD) || has(request, admin, DELETE);
    }

    /** @throws PermissionDenied (a 403) when the user lacks the permission */
    static void require(Request request, ModelAdmin<?> admin, String action) {
        require(request, admin, action, null);
    }

    /** @throws PermissionDenied (a 403) when the user may not do {@code action} to {@code object} */
    static void require(Request request, ModelAdmin<?> admin, String action, Object object) {
        if (!has(request, admin, action, object)) {
            throw new PermissionDenied("You don't have permission to " + action + " " + admin.verboseNamePlural().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }
}
