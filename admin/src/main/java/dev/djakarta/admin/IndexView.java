package dev.djakarta.admin;

import dev.djakarta.http.Http404;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The index (every app and model the user may see, and their recent actions) and one app's page. */
final class IndexView {
    private final AdminSite site;

    IndexView(AdminSite site) {
        this.site = site;
    }

    /** One model on the index: links are null when the user may not follow them. */
    public record ModelEntry(String name, String url, String addUrl) {
    }

    /** One app on the index. */
    public record AppEntry(String label, String name, String url, List<ModelEntry> models) {
    }

    Response index(Request request) {
        Map<String, Object> context = site.context(request);
        context.put("title", "Site administration");
        context.put("apps", apps(request));
        List<LogEntry> recent = request.user().isAuthenticated()
                ? LogEntry.objects().filter("user__username", request.user().getUsername()).orderBy("-actionTime", "-id").limit(10).list()
                : List.of();
        context.put("recent", recent);
        return AdminSite.render(request, null, "index.html", context, 200);
    }

    Response app(Request request) {
        String label = request.kwarg("app_label");
        AppEntry app = apps(request).stream().filter(a -> a.label().equals(label)).findFirst()
                .orElseThrow(() -> new Http404("No app '" + label + "' with models you may see"));
        Map<String, Object> context = site.context(request);
        context.put("title", app.name() + " administration");
        context.put("apps", List.of(app));
        context.put("breadcrumbs", List.of(new AdminSite.Crumb("Home", AdminSite.url(request, "index")), new AdminSite.Crumb(app.name(), null)));
        return AdminSite.render(request, null, "app_index.html", context, 200);
    }

    private List<AppEntry> apps(Request request) {
        Map<String, List<ModelEntry>> byApp = new TreeMap<>();
        for (ModelAdmin<?> admin : site.registered()) {
            if (!Perms.any(request, admin)) {
                continue;
            }
            String url = Perms.has(request, admin, Perms.VIEW) ? AdminSite.modelUrl(request, admin, "changelist") : null;
            String add = Perms.has(request, admin, Perms.ADD) ? AdminSite.modelUrl(request, admin, "add") : null;
            byApp.computeIfAbsent(admin.meta().label(), k -> new ArrayList<>()).add(new ModelEntry(admin.verboseNamePlural(), url, add));
        }
        List<AppEntry> out = new ArrayList<>();
        byApp.forEach((label, models) -> out.add(new AppEntry(label, Display.humanize(label), AdminSite.url(request, "app_list", label), models)));
        return out;
    }
}
