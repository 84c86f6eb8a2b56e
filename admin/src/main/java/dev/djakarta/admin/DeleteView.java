package dev.djakarta.admin;

import dev.djakarta.db.Manager;
import dev.djakarta.http.Http404;
import dev.djakarta.http.MethodNotAllowed;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.messages.Messages;
import dev.djakarta.views.View;
import java.util.List;
import java.util.Map;

/**
 * {@code <id>/delete/}: a confirmation page listing what will be deleted with the object (GET), the deletion (POST).
 * When other objects' foreign keys would prevent it, the page says which and a POST is refused with 403.
 */
final class DeleteView implements View {
    private final AdminSite site;

    DeleteView(AdminSite site) {
        this.site = site;
    }

    @Override
    public Response handle(Request request) {
        if (!request.isSafeMethod() && !request.method().equals("POST")) {
            throw new MethodNotAllowed(request.method(), List.of("GET", "HEAD", "POST"));
        }
        return delete(request, site.adminFor(request));
    }

    private <T> Response delete(Request request, ModelAdmin<T> admin) {
        Object pk = Entities.parsePk(admin.meta(), request.kwarg("object_id"));
        T object = pk == null ? null : Manager.of(admin.model()).filter("pk", pk).first();
        if (object == null) {
            throw new Http404(admin.verboseName() + " with ID “" + request.kwarg("object_id") + "” doesn’t exist. Perhaps it was deleted?");
        }
        Perms.require(request, admin, Perms.DELETE, object);
        Deletion.Plan plan = Deletion.plan(object);
        String repr = admin.repr(object);
        if (request.method().equals("POST") && plan.allowed()) {
            Deletion.delete(request, admin, object);
            Messages.success(request, "The " + admin.verboseName() + " “" + repr + "” was deleted successfully.");
            return Response.redirect(Perms.has(request, admin, Perms.VIEW) ? AdminSite.modelUrl(request, admin, "changelist") : AdminSite.url(request, "index"));
        }
        Map<String, Object> context = site.context(request);
        context.put("title", plan.allowed() ? "Are you sure?" : "Cannot delete " + admin.verboseName());
        context.put("objectRepr", repr);
        context.put("model", admin.verboseName());
        context.put("plan", plan);
        context.put("allowed", plan.allowed());
        context.put("cancelUrl", AdminSite.modelUrl(request, admin, "change", Entities.pkString(object)));
        context.put("breadcrumbs", List.of(new AdminSite.Crumb("Home", AdminSite.url(request, "index")),
                new AdminSite.Crumb(admin.verboseNamePlural(), AdminSite.modelUrl(request, admin, "changelist")),
                new AdminSite.Crumb(repr, AdminSite.modelUrl(request, admin, "change", Entities.pkString(object))),
                new AdminSite.Crumb("Delete", null)));
        return AdminSite.render(request, admin, "delete_confirmation.html", context, request.method().equals("POST") ? 403 : 200);
    }
}
