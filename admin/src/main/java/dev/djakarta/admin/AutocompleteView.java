package dev.djakarta.admin;

import dev.djakarta.db.FieldMeta;
import dev.djakarta.db.Manager;
import dev.djakarta.db.Page;
import dev.djakarta.db.Paginator;
import dev.djakarta.db.QuerySet;
import dev.djakarta.http.MethodNotAllowed;
import dev.djakarta.http.PermissionDenied;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.views.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search behind the admin's autocomplete fields, Django's AutocompleteJsonView:
 * {@code autocomplete/?app_label=blog&model_name=post&field_name=author&term=an&page=1} answers
 * {@code {"results": [{"id": "3", "text": "ann"}], "pagination": {"more": false}}}, 20 per page, searched with the
 * related model's admin search fields. Anything not naming a registered autocomplete field, or a user who may not view
 * the related model, is a 403.
 */
final class AutocompleteView implements View {
    static final int PAGE_SIZE = 20;
    private final AdminSite site;

    AutocompleteView(AdminSite site) {
        this.site = site;
    }

    @Override
    public Response handle(Request request) {
        if (!request.isSafeMethod()) {
            throw new MethodNotAllowed(request.method(), List.of("GET", "HEAD"));
        }
        ModelAdmin<?> source = site.registeredAdmin(request.query().get("app_label"), request.query().get("model_name"));
        String fieldName = request.query().get("field_name");
        if (source == null || fieldName == null || !source.autocompleteFields().contains(fieldName)) {
            throw new PermissionDenied("No autocomplete field named by app_label, model_name and field_name.");
        }
        FieldMeta field = source.meta().fields().get(fieldName);
        if (field == null || !field.isRelation() || !site.isRegistered(field.target())) {
            throw new PermissionDenied("The related model of " + fieldName + " is not registered with the admin.");
        }
        return results(request, site.adminOf(field.target()));
    }

    private <T> Response results(Request request, ModelAdmin<T> target) {
        if (target.searchFields().isEmpty()) {
            throw new PermissionDenied(target.model().getSimpleName() + "'s admin must define searchFields to be used by autocomplete.");
        }
        if (!Perms.has(request, target, Perms.VIEW)) {
            throw new PermissionDenied("You don't have permission to view " + target.verboseNamePlural().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        String term = request.query().get("term", "");
        term = term.length() > 200 ? term.substring(0, 200) : term;
        QuerySet<T> qs = Manager.of(target.model()).all();
        if (!term.isBlank()) {
            qs = ChangeList.search(target, qs, term);
        }
        List<String> ordering = new ArrayList<>(target.ordering());
        if (!ordering.contains("pk") && !ordering.contains("-pk")) {
            ordering.add("pk");
        }
        Paginator<T> paginator = new Paginator<>(qs.orderBy(ordering.toArray(String[]::new)), PAGE_SIZE);
        int number;
        try {
            number = Integer.parseInt(request.query().get("page", "1"));
        } catch (NumberFormatException e) {
            number = 1;
        }
        Page<T> page = paginator.page(Math.max(1, Math.min(number, paginator.numPages())));
        List<Map<String, String>> results = new ArrayList<>();
        for (T o : page.objectList()) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("id", Entities.pkString(o));
            r.put("text", target.repr(o));
            results.add(r);
        }
        return Response.json(Map.of("results", results, "pagination", Map.of("more", page.hasNext())));
    }
}
