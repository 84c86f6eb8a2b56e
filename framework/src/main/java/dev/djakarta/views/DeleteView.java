package dev.djakarta.views;

import dev.djakarta.db.Manager;
import dev.djakarta.db.QuerySet;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.templates.Render;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's {@code DeleteView}: GET shows a confirmation ({@code <app>/<model>_confirm_delete.html} with
 * {@code object}); POST deletes the object and redirects to the success route. A missing object is a 404.
 */
public class DeleteView<T> extends MethodView {
    private final Class<T> model;
    private String templateName;
    private String slugField = "slug";
    private String successRoute;

    public DeleteView(Class<T> model) {
        this.model = model;
    }

    public static <T> DeleteView<T> of(Class<T> model) {
        return new DeleteView<>(model);
    }

    public DeleteView<T> templateName(String name) {
        this.templateName = name;
        return this;
    }

    public DeleteView<T> slugField(String field) {
        this.slugField = field;
        return this;
    }

    /** Where to go after deleting (a route name without arguments). */
    public DeleteView<T> successRoute(String name) {
        this.successRoute = name;
        return this;
    }

    protected QuerySet<T> queryset(Request request) throws Exception {
        return Manager.of(model).all();
    }

    @Override
    protected Response get(Request request) throws Exception {
        T object = ModelViews.object(request, queryset(request), slugField);
        Map<String, Object> context = new LinkedHashMap<>(request.kwargs());
        context.put("object", object);
        context.put(Manager.of(model).meta().modelName(), object);
        return Render.render(request, ModelViews.template(Manager.of(model), templateName, "_confirm_delete.html"), context);
    }

    @Override
    protected Response post(Request request) throws Exception {
        T object = ModelViews.object(request, queryset(request), slugField);
        Manager.of(model).delete(object);
        return Response.redirect(ModelViews.successUrl(request, successRoute, null, null, object));
    }
}
