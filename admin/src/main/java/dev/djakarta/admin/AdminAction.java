package dev.djakarta.admin;

import dev.djakarta.db.QuerySet;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;

/**
 * An action of the changelist's menu, Django's admin action: it gets the selected objects (or every object of the
 * filtered, searched list when the user chose "select all") and returns a response, or null to go back to the list.
 * The admin checks {@link #permission()} before calling it.
 *
 * <pre>{@code
 * admin.action(AdminAction.of("publish", "Publish selected posts", "change", call -> {
 *     int n = call.selected().update("status", Status.PUBLISHED);
 *     Messages.success(call.request(), n + " posts published.");
 *     return null;
 * }));
 * }</pre>
 *
 * @param <T> the model
 */
public interface AdminAction<T> {
    /** The value posted as {@code action} ({@code delete_selected}). */
    String name();

    /** The text in the menu ("Delete selected posts"). */
    String description();

    /** The model permission needed: {@code view}, {@code add}, {@code change} or {@code delete}. */
    String permission();

    /** Runs the action; null redirects back to the changelist. */
    Response apply(Call<T> call) throws Exception;

    /** What an action is applied to: the request, the model's admin, the site and the chosen objects. */
    record Call<T>(Request request, AdminSite site, ModelAdmin<T> admin, QuerySet<T> selected) {
    }

    /** The body of an action. */
    @FunctionalInterface
    interface Body<T> {
        Response apply(Call<T> call) throws Exception;
    }

    static <T> AdminAction<T> of(String name, String description, String permission, Body<T> body) {
        return new AdminAction<>() {
            public String name() {
                return name;
            }

            public String description() {
                return description;
            }

            public String permission() {
                return permission;
            }

            public Response apply(Call<T> call) throws Exception {
                return body.apply(call);
            }
        };
    }
}
