package dev.djakarta.views;

import dev.djakarta.db.Manager;
import dev.djakarta.db.ModelMeta;
import dev.djakarta.db.QuerySet;
import dev.djakarta.db.Shortcuts;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.templates.Render;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's {@code DetailView}: one object, found by the route's {@code <int:pk>} (or {@code id}) or
 * {@code <slug:slug>} argument, rendered with {@code <app_label>/<model>_detail.html} as {@code object} and under
 * its model name. No such object is a 404. Override {@link #queryset} to restrict what may be shown (e.g. only
 * published posts).
 */
public class DetailView<T> extends MethodView {
    private final Class<T> model;
    private String slugField = "slug";
    private String templateName;
    private String contextObjectName;

    public DetailView(Class<T> model) {
        this.model = model;
    }

    public static <T> DetailView<T> of(Class<T> model) {
        return new DetailView<>(model);
    }

    public DetailView<T> slugField(String field) {
        this.slugField = field;
        return this;
    }

    public DetailView<T> templateName(String name) {
        this.templateName = name;
        return this;
    }

    public DetailView<T> contextObjectName(String name) {
        this.contextObjectName = name;
        return this;
    }

    /** Where the object is looked up (default: all objects of the model). */
    protected QuerySet<T> queryset(Request request) throws Exception {
        return Manager.of(model).all();
    }

    /** The object for this request. @throws dev.djakarta.http.Http404 when there is none */
    protected T object(Request request) throws Exception {
        Map<String, Object> kwargs = request.kwargs();
        QuerySet<T> qs = queryset(request);
        if (kwargs.containsKey("pk")) {
            return Shortcuts.getObjectOr404(qs, "pk", kwargs.get("pk"));
        }
        if (kwargs.containsKey("id")) {
            return Shortcuts.getObjectOr404(qs, "pk", kwargs.get("id"));
        }
        if (kwargs.containsKey("slug")) {
            return Shortcuts.getObjectOr404(qs, slugField, kwargs.get("slug"));
        }
        throw new IllegalStateException("DetailView for " + model.getSimpleName() + " must be called with a <pk>, <id> or <slug> "
                + "argument in its route, e.g. path(\"posts/<int:pk>/\", DetailView.of(Post.class), ...)");
    }

    /** Extra variables for the template; override and call super. */
    protected Map<String, Object> contextData(Request request, Map<String, Object> context) throws Exception {
        return context;
    }

    @Override
    protected Response get(Request request) throws Exception {
        T object = object(request);
        ModelMeta<T> meta = Manager.of(model).meta();
        Map<String, Object> context = new LinkedHashMap<>(request.kwargs());
        context.put("object", object);
        context.put(contextObjectName != null ? contextObjectName : meta.modelName(), object);
        String template = templateName != null ? templateName : meta.label() + "/" + meta.modelName() + "_detail.html";
        return Render.render(request, template, contextData(request, context));
    }
}
