package dev.djakarta.admin;

import dev.djakarta.db.Manager;
import dev.djakarta.http.Http404;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.views.View;
import java.util.List;
import java.util.Map;

/** {@code <id>/history/}: the object's entries in the admin log, oldest first. */
final class HistoryView implements View {
    private final AdminSite site;

    HistoryView(AdminSite site) {
        this.site = site;
    }

    @Override
    public Response handle(Request request) {
        return history(request, site.adminFor(request));
    }

    private <T> Response history(Request request, ModelAdmin<T> admin) {
        Object pk = Entities.parsePk(admin.meta(), request.kwarg("object_id"));
        T object = pk == null ? null : Manager.of(admin.model()).filter("pk", pk).first();
        if (object == null) {
            throw new Http404(admin.verboseName() + " with ID “" + request.kwarg("object_id") + "” doesn’t exist. Perhaps it was deleted?");
        }
        Perms.require(request, admin, Perms.VIEW);
        String id = Entities.pkString(object);
        List<LogEntry> entries = LogEntry.objects().filter("appLabel", admin.meta().label(), "modelName", admin.modelName(), "objectId", id)
                .orderBy("actionTime", "id").selectRelated("user").list();
        Map<String, Object> context = site.context(request);
        context.put("title", "Change history: " + admin.repr(object));
        context.put("entries", entries);
        context.put("breadcrumbs", List.of(new AdminSite.Crumb("Home", AdminSite.url(request, "index")),
                new AdminSite.Crumb(admin.verboseNamePlural(), AdminSite.modelUrl(request, admin, "changelist")),
                new AdminSite.Crumb(admin.repr(object), AdminSite.modelUrl(request, admin, "change", id)),
                new AdminSite.Crumb("History", null)));
        return AdminSite.render(request, admin, "object_history.html", context, 200);
    }
}
