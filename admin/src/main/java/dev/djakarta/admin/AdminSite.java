package dev.djakarta.admin;

import static dev.djakarta.urls.Routes.path;

import dev.djakarta.auth.User;
import dev.djakarta.db.Manager;
import dev.djakarta.http.Http404;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.server.Engine;
import dev.djakarta.templates.Render;
import dev.djakarta.templates.Templates;
import dev.djakarta.urls.Routes;
import dev.djakarta.views.Methods;
import dev.djakarta.views.View;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The admin site: Django's AdminSite. Register models, mount its routes with one include:
 * {@code include("admin/", admin.routes(), "admin")}. Install {@code SessionsApp}, {@code AuthApp} and
 * {@link AdminApp}.
 *
 * <p>Who may enter is decided by {@link #accessRule}: by default active staff users. On a site without
 * {@code AuthApp} the admin is closed (403). Everyone else is sent to the
 * admin's login page ({@code admin:login}). Inside, every page, action and POST checks the model permissions
 * ({@code blog.view_post}, {@code add_}, {@code change_}, {@code delete_}): a missing one is a 403.
 *
 * <p>URLs, as in Django: {@code login/}, {@code logout/} (POST), {@code password_change/}, the index, {@code <app>/},
 * and per model {@code <app>/<model>/} (changelist), {@code add/}, {@code <id>/change/}, {@code <id>/delete/},
 * {@code <id>/history/}. Route names: {@code admin:changelist}, {@code admin:add}, {@code admin:change},
 * {@code admin:delete}, {@code admin:history} with the app label and model name (and id) as arguments.
 *
 * <p>Templates are {@code admin/*.html} on the classpath; a project overrides any of them, and per model
 * {@code admin/<app>/<model>/<template>} and per app {@code admin/<app>/<template>} are tried first.
 */
public final class AdminSite {
    private final String title;
    private final Map<Class<?>, ModelAdmin<?>> registry = new LinkedHashMap<>();
    private Predicate<Request> accessRule = AdminSite::activeStaff;

    public AdminSite() {
        this("Djakarta administration");
    }

    public AdminSite(String title) {
        this.title = title;
    }

    /** Registers a model with the default {@link ModelAdmin} ({@link UserAdmin} for users). @throws AlreadyRegistered if registered before */
    public <T> AdminSite register(Class<T> model) {
        return register(model == User.class ? new UserAdmin() : new ModelAdmin<>(model));
    }

    /** Registers a model with a custom {@link ModelAdmin}. @throws AlreadyRegistered if registered before */
    public AdminSite register(ModelAdmin<?> admin) {
        if (registry.containsKey(admin.model())) {
            throw new AlreadyRegistered("The model " + admin.model().getName() + " is already registered with the admin site.");
        }
        registry.put(admin.model(), admin);
        return this;
    }

    /** The admin registered for {@code model}, or a default one (for its permission checks and labels). */
    @SuppressWarnings("unchecked")
    <T> ModelAdmin<T> adminOf(Class<T> model) {
        ModelAdmin<?> admin = registry.get(model);
        return admin != null ? (ModelAdmin<T>) admin : ModelAdmin.of(model);
    }

    public boolean isRegistered(Class<?> model) {
        return registry.containsKey(model);
    }

    /** The registered admins, in registration order. */
    public Collection<ModelAdmin<?>> registered() {
        return List.copyOf(registry.values());
    }

    public String title() {
        return title;
    }

    /**
     * Replaces who may use the admin (default: active staff users). Requests it refuses are redirected to the admin
     * login page; model permissions are still checked for those it lets in.
     */
    public AdminSite accessRule(Predicate<Request> rule) {
        this.accessRule = rule;
        return this;
    }

    /** The admin's routes, to mount with {@code include("admin/", site.routes(), "admin")}. */
    public Routes routes() {
        AdminAuthViews auth = new AdminAuthViews(this);
        IndexView index = new IndexView(this);
        ChangeListView changelist = new ChangeListView(this);
        ChangeFormView form = new ChangeFormView(this);
        DeleteView delete = new DeleteView(this);
        HistoryView history = new HistoryView(this);
        return Routes.of(
                path("", guard(index::index), "index"),
                path("login/", auth::login, "login"),
                path("logout/", Methods.requirePost(auth::logout), "logout"),
                path("password_change/", guard(auth::passwordChange), "password_change"),
                path("password_change/done/", guard(auth::passwordChangeDone), "password_change_done"),
                path("autocomplete/", guard(new AutocompleteView(this)), "autocomplete"),
                path("<slug:app_label>/", guard(index::app), "app_list"),
                path("<slug:app_label>/<slug:model_name>/", guard(changelist), "changelist"),
                path("<slug:app_label>/<slug:model_name>/add/", guard(form), "add"),
                path("<slug:app_label>/<slug:model_name>/<str:object_id>/change/", guard(form), "change"),
                path("<slug:app_label>/<slug:model_name>/<str:object_id>/delete/", guard(delete), "delete"),
                path("<slug:app_label>/<slug:model_name>/<str:object_id>/history/", guard(history), "history"),
                path("<slug:app_label>/<slug:model_name>/<str:object_id>/", guard(r -> Response.redirect(
                        url(r, "change", r.kwarg("app_label"), r.kwarg("model_name"), r.kwarg("object_id")))), "object"));
    }

    /** Django's admin_view: lets in who the access rule accepts, sends the others to the login page. */
    View guard(View view) {
        return request -> {
            if (Engine.of(request).site().apps().stream().noneMatch(app -> app instanceof dev.djakarta.auth.AuthApp)) {
                // without users there is nobody to let in (and no session to log in with): closed, saying why
                throw new dev.djakarta.http.PermissionDenied("The admin needs SessionsApp, AuthApp and AdminApp in Site.apps()");
            }
            if (!accessRule.test(request)) {
                return Response.redirect(url(request, "login") + "?next=" + java.net.URLEncoder.encode(request.fullPath(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            return view.handle(request);
        };
    }

    static boolean activeStaff(Request request) {
        return request.user().isActive() && request.user().isStaff();
    }

    boolean allows(Request request) {
        return accessRule.test(request);
    }

    /** The admin of the model named by the route's app_label and model_name. @throws Http404 when there is none */
    ModelAdmin<?> adminFor(Request request) {
        String app = request.kwarg("app_label");
        String model = request.kwarg("model_name");
        ModelAdmin<?> admin = registeredAdmin(app, model);
        if (admin == null) {
            throw new Http404("No model '" + app + "." + model + "' is registered with the admin");
        }
        return admin;
    }

    /** The registered admin of {@code app.model}, or null. */
    ModelAdmin<?> registeredAdmin(String app, String model) {
        for (ModelAdmin<?> admin : registry.values()) {
            if (admin.modelName().equals(model) && admin.meta().label().equals(app)) {
                return admin;
            }
        }
        return null;
    }

    /** Reverses an admin route in the namespace the admin is mounted under. */
    static String url(Request request, String name, Object... args) {
        String current = request.routeName();
        int colon = current == null ? -1 : current.lastIndexOf(':');
        String qualified = colon < 0 ? "admin:" + name : current.substring(0, colon + 1) + name;
        return Engine.of(request).reverse(qualified, args);
    }

    static String modelUrl(Request request, ModelAdmin<?> admin, String name, Object... id) {
        Object[] args = new Object[2 + id.length];
        args[0] = admin.meta().label();
        args[1] = admin.modelName();
        System.arraycopy(id, 0, args, 2, id.length);
        return url(request, name, args);
    }

    /** The common context of admin pages: site title, the user's name and the site's links. */
    Map<String, Object> context(Request request) {
        Map<String, Object> context = new LinkedHashMap<>();
        boolean in = request.user().isAuthenticated() && allows(request);
        context.put("admin", new Chrome(title, url(request, "index"), in ? request.user().getUsername() : null,
                url(request, "logout"), url(request, "password_change")));
        return context;
    }

    /** What every admin page shows around its content. */
    public record Chrome(String title, String indexUrl, String username, String logoutUrl, String passwordChangeUrl) {
    }

    /** A link in the breadcrumbs (the last has no URL). */
    public record Crumb(String label, String url) {
    }

    /** Renders the first template that exists: per model, per app, then the admin's own. */
    static Response render(Request request, ModelAdmin<?> admin, String template, Map<String, ?> context, int status) {
        Templates templates = Templates.of(request);
        List<String> names = new ArrayList<>();
        if (admin != null) {
            names.add("admin/" + admin.meta().label() + "/" + admin.modelName() + "/" + template);
            names.add("admin/" + admin.meta().label() + "/" + template);
        }
        names.add("admin/" + template);
        for (String name : names) {
            if (templates.exists(name)) {
                return Render.render(request, name, context, status);
            }
        }
        return Render.render(request, "admin/" + template, context, status);
    }

    /** Records what the user did in the admin's log. */
    static void log(Request request, ModelAdmin<?> admin, Object object, String objectId, int flag, List<String> changed) {
        User user = (User) request.user();
        String message = String.join("\n", changed);
        if (message.length() > 4000) {
            message = message.substring(0, 3999) + "…";
        }
        Manager.of(LogEntry.class).create(new LogEntry(user, admin.meta().label(), admin.modelName(), objectId, repr(object), flag, message));
    }

    /** Django's {@code str(obj)}: the object's own toString, or "Post object (3)" when it has none. */
    static String repr(Object object) {
        if (object == null) {
            return Display.EMPTY;
        }
        Object real = Entities.unproxy(object);
        try {
            if (real.getClass().getMethod("toString").getDeclaringClass() != Object.class) {
                return String.valueOf(real);
            }
        } catch (NoSuchMethodException impossible) {
            // every class has toString
        }
        return real.getClass().getSimpleName() + " object (" + Entities.pkString(real) + ")";
    }
}
