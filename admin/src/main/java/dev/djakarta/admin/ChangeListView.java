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
            if (request.form("_save") != null && !admin.listEditable().isEmpty()) {
                return saveEditable(request, admin);
            }
            return action(request, admin);
        }
        if (!request.isSafeMethod()) {
            throw new MethodNotAllowed(request.method(), List.of("GET", "HEAD", "POST"));
        }
        return page(request, admin, Map.of(), 200);
    }

    /**
     * Saves the list-editable columns of the page's rows (Django's list_editable formset): every changed row is
     * validated first; if one is invalid nothing is saved and the page is drawn again with the errors.
     */
    private <T> Response saveEditable(Request request, ModelAdmin<T> admin) {
        Perms.require(request, admin, Perms.CHANGE);
        ChangeList<T> cl = new ChangeList<>(request, admin);
        cl.editableColumns();
        Paginator<T> paginator = cl.paginator();
        int pageNumber = cl.pageNumber(paginator);
        String back = AdminSite.modelUrl(request, admin, "changelist") + cl.pageUrl(pageNumber);
        Map<String, T> onPage = new java.util.LinkedHashMap<>();
        for (T o : paginator.page(pageNumber).objectList()) {
            onPage.put(Entities.pkString(o), o);
        }
        Map<String, dev.djakarta.forms.ModelForm<T>> forms = new java.util.LinkedHashMap<>();
        List<dev.djakarta.forms.ModelForm<T>> changed = new ArrayList<>();
        boolean valid = true;
        int i = 0;
        for (T o : onPage.values()) {
            String pk = Entities.pkString(o);
            if (!pk.equals(request.form("form-" + i + "-id"))) {
                Messages.error(request, "The list changed since it was shown (someone added or deleted " + admin.verboseNamePlural()
                        .toLowerCase(java.util.Locale.ROOT) + "); nothing was saved. Review the list and save again.");
                return Response.redirect(back);
            }
            Entities.detach(admin.meta(), o, admin.listEditable());
            dev.djakarta.forms.ModelForm<T> form = cl.editableForm(i).instance(o);
            form.bind(request);
            forms.put(pk, form);
            if (!form.changedData().isEmpty()) {
                Perms.require(request, admin, Perms.CHANGE, o);
                changed.add(form);
                valid &= form.isValid();
            }
            i++;
        }
        if (!valid) {
            return page(request, admin, forms, 200);
        }
        for (dev.djakarta.forms.ModelForm<T> form : changed) {
            List<String> fields = form.changedData().stream().map(n -> Display.label(admin, n)).toList();
            T saved = form.save();
            AdminSite.log(request, admin, saved, Entities.pkString(saved), LogEntry.CHANGE, fields);
        }
        int n = changed.size();
        Messages.success(request, n + " " + (n == 1 ? admin.verboseName() + " was" : admin.verboseNamePlural().toLowerCase(java.util.Locale.ROOT)
                + " were") + " changed successfully.");
        return Response.redirect(back);
    }

    private <T> Response page(Request request, ModelAdmin<T> admin, Map<String, dev.djakarta.forms.ModelForm<T>> bound, int status) {
        ChangeList<T> cl = new ChangeList<>(request, admin);
        Paginator<T> paginator = cl.paginator();
        Page<T> page = paginator.page(cl.pageNumber(paginator));
        Map<String, Object> context = site.context(request);
        context.put("title", "Select " + admin.verboseName() + " to " + (Perms.has(request, admin, Perms.CHANGE) ? "change" : "view"));
        context.put("model", admin.verboseNamePlural());
        context.put("headers", cl.headers());
        List<ChangeList.Row> rows = cl.rows(page.objectList(), bound);
        boolean editable = !admin.listEditable().isEmpty() && Perms.has(request, admin, Perms.CHANGE);
        context.put("rows", rows);
        context.put("editable", editable);
        context.put("editableInvalid", bound.values().stream().anyMatch(f -> f.isBound() && !f.changedData().isEmpty() && !f.isValid()));
        context.put("hierarchy", cl.hierarchy());
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
        context.put("actionUrl", cl.pageUrl(page.number()));
        context.put("addUrl", Perms.has(request, admin, Perms.ADD) ? AdminSite.modelUrl(request, admin, "add") : null);
        context.put("clearUrl", AdminSite.modelUrl(request, admin, "changelist"));
        context.put("breadcrumbs", List.of(new AdminSite.Crumb("Home", AdminSite.url(request, "index")),
                new AdminSite.Crumb(Display.humanize(admin.meta().label()), AdminSite.url(request, "app_list", admin.meta().label())),
                new AdminSite.Crumb(admin.verboseNamePlural(), null)));
        return AdminSite.render(request, admin, "change_list.html", context, status);
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
