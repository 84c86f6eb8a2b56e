package dev.djakarta.admin;

import dev.djakarta.db.Page;
import dev.djakarta.db.Paginator;
import dev.djakarta.db.QuerySet;
import dev.djakarta.http.MethodNotAllowed;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.messages.Messages;
import dev.djakarta.views.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The changelist page (GET) and its actions (POST with {@code action} and {@code _selected_action} or {@code select_across}). */
final class ChangeListView implements View {
    private final AdminSite site;

    ChangeListView(AdminSite site) {
        this.site = site;
    }

    /** An action of the menu. */
    public record ActionChoice(String name, String description) {
    }

    @Override
    public Response handle(Request request) throws Exception {
        ModelAdmin<?> admin = site.adminFor(request);
        Perms.require(request, admin, Perms.VIEW);
        if (request.method().equals("POST")) {
            return action(request, admin);
        }
        if (!request.isSafeMethod()) {
            throw new MethodNotAllowed(request.method(), List.of("GET", "HEAD", "POST"));
        }
        return page(request, admin);
    }

    private <T> Response page(Request request, ModelAdmin<T> admin) {
        ChangeList<T> cl = new ChangeList<>(request, admin);
        Paginator<T> paginator = cl.paginator();
        Page<T> page = paginator.page(cl.pageNumber(paginator));
        Map<String, Object> context = site.context(request);
        context.put("title", "Select " + admin.verboseName() + " to " + (Perms.has(request, admin, Perms.CHANGE) ? "change" : "view"));
        context.put("model", admin.verboseNamePlural());
        context.put("headers", cl.headers());
        context.put("rows", cl.rows(page.objectList()));
        context.put("filters", cl.filters());
        context.put("searchable", !admin.searchFields().isEmpty());
        context.put("query", cl.query);
        context.put("hidden", cl.kept.entrySet().stream().filter(e -> !e.getKey().equals(ChangeList.SEARCH)).toList());
        context.put("count", paginator.count());
        context.put("fullCount", cl.fullCount());
        context.put("page", page.number());
        context.put("numPages", paginator.numPages());
        List<Map.Entry<Integer, String>> pages = new ArrayList<>();
        for (int p : paginator.pageRange()) {
            pages.add(Map.entry(p, cl.pageUrl(p)));
        }
        context.put("pages", pages.size() > 1 ? pages : List.of());
        context.put("actions", admin.actions().stream().filter(a -> Perms.has(request, admin, a.permission()))
                .map(a -> new ActionChoice(a.name(), a.description().replace("%s", admin.verboseNamePlural().toLowerCase(java.util.Locale.ROOT))))
                .toList());
        context.put("actionUrl", "?" + cl.queryString());
        context.put("addUrl", Perms.has(request, admin, Perms.ADD) ? AdminSite.modelUrl(request, admin, "add") : null);
        context.put("clearUrl", AdminSite.modelUrl(request, admin, "changelist"));
        context.put("breadcrumbs", List.of(new AdminSite.Crumb("Home", AdminSite.url(request, "index")),
                new AdminSite.Crumb(Display.humanize(admin.meta().label()), AdminSite.url(request, "app_list", admin.meta().label())),
                new AdminSite.Crumb(admin.verboseNamePlural(), null)));
        return AdminSite.render(request, admin, "change_list.html", context, 200);
    }

    private <T> Response action(Request request, ModelAdmin<T> admin) throws Exception {
        String back = AdminSite.modelUrl(request, admin, "changelist") + (request.queryString() == null || request.queryString().isEmpty() ? "" : "?" + request.queryString());
        String name = request.form("action");
        AdminAction<T> action = admin.actions().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
        if (action == null) {
            Messages.warning(request, "No action selected.");
            return Response.redirect(back);
        }
        Perms.require(request, admin, action.permission());
        ChangeList<T> cl = new ChangeList<>(request, admin);
        QuerySet<T> selected;
        if ("1".equals(request.form("select_across"))) {
            selected = cl.queryset();
        } else {
            List<Object> pks = new ArrayList<>();
            for (String raw : request.form().getAll("_selected_action")) {
                Object pk = Entities.parsePk(admin.meta(), raw);
                if (pk != null) {
                    pks.add(pk);
                }
            }
            if (pks.isEmpty()) {
                Messages.warning(request, "Items must be selected in order to perform actions on them. No items have been changed.");
                return Response.redirect(back);
            }
            selected = cl.queryset().filter("pk__in", pks);
        }
        Response response = action.apply(new AdminAction.Call<>(request, site, admin, selected));
        return response != null ? response : Response.redirect(back);
    }
}
