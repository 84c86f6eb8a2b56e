package dev.djakarta.admin;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.messages.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The built-in actions: delete the selected objects (after a confirmation page), export them as CSV or JSON. */
final class Actions {
    private Actions() {
    }

    static <T> List<AdminAction<T>> builtIn() {
        List<AdminAction<T>> out = new ArrayList<>();
        out.add(AdminAction.of("delete_selected", "Delete selected %s", Perms.DELETE, Actions::deleteSelected));
        out.add(AdminAction.of("export_csv", "Export selected %s as CSV", Perms.VIEW, call -> Export.csv(call.admin(), call.selected())));
        out.add(AdminAction.of("export_json", "Export selected %s as JSON", Perms.VIEW, call -> Export.json(call.admin(), call.selected())));
        return out;
    }

    /** One object of the delete confirmation, with what goes with it and what stands in the way. */
    public record Doomed(String repr, List<String> cascaded, List<String> protectedBy) {
    }

    static <T> Response deleteSelected(AdminAction.Call<T> call) {
        Request request = call.request();
        ModelAdmin<T> admin = call.admin();
        List<T> objects = call.selected().list();
        List<Doomed> doomed = new ArrayList<>();
        boolean allowed = true;
        for (T o : objects) {
            Deletion.Plan plan = Deletion.plan(o);
            allowed &= plan.allowed();
            doomed.add(new Doomed(admin.repr(o), plan.cascaded(), plan.protectedBy()));
        }
        String plural = admin.verboseNamePlural().toLowerCase(Locale.ROOT);
        if ("yes".equals(request.form("post")) && allowed) {
            for (T o : objects) {
                Deletion.delete(request, admin, o);
            }
            Messages.success(request, "Successfully deleted " + objects.size() + " " + plural + ".");
            return null;
        }
        Map<String, Object> context = call.site().context(request);
        context.put("title", allowed ? "Are you sure?" : "Cannot delete " + plural);
        context.put("model", plural);
        context.put("objects", doomed);
        context.put("allowed", allowed);
        context.put("pks", objects.stream().map(Entities::pkString).toList());
        context.put("selectAcross", request.form("select_across"));
        context.put("cancelUrl", AdminSite.modelUrl(request, admin, "changelist"));
        return AdminSite.render(request, admin, "delete_selected_confirmation.html", context, allowed ? 200 : 403);
    }
}
