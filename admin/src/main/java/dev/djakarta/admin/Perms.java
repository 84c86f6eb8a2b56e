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

    /** Whether the user may do {@code action} to the model; as in Django, change implies view. */
    static boolean has(Request request, ModelAdmin<?> admin, String action) {
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
        if (!has(request, admin, action)) {
            throw new PermissionDenied("You don't have permission to " + action + " " + admin.verboseNamePlural().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }
}
