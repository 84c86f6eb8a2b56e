package dev.djakarta.views;

import dev.djakarta.db.Manager;
import dev.djakarta.forms.ModelForm;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.templates.Render;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@link CreateView} and {@link UpdateView} share: the model, the fields, the template
 * ({@code <app>/<model>_form.html} unless set), where to go after saving, and saving a valid form.
 *
 * @param <T> the model
 * @param <V> the concrete view, for fluent configuration
 */
abstract class ModelFormViewBase<T, V extends ModelFormViewBase<T, V>> extends MethodView {
    final Class<T> model;
    final String[] fields;
    private String templateName;
    private String successRoute;
    private Function<T, Object[]> successArgs;
    private Function<T, String> successUrl;

    ModelFormViewBase(Class<T> model, String... fields) {
        this.model = model;
        this.fields = fields.clone();
    }

    @SuppressWarnings("unchecked")
    private V self() {
        return (V) this;
    }

    public V templateName(String name) {
        this.templateName = name;
        return self();
    }

    /** Redirect to a named route without arguments. */
    public V successRoute(String name) {
        return successRoute(name, null);
    }

    /** Redirect to a named route with arguments taken from the saved object. */
    public V successRoute(String name, Function<T, Object[]> args) {
        this.successRoute = name;
        this.successArgs = args;
        return self();
    }

    /** Redirect to a URL computed from the saved object. */
    public V successUrl(Function<T, String> url) {
        this.successUrl = url;
        return self();
    }

    /** Called with the valid form: saves and redirects (post/redirect/get). */
    protected Response formValid(Request request, ModelForm<T> form) throws Exception {
        T saved = form.save();
        return Response.redirect(ModelViews.successUrl(request, successRoute, successArgs, successUrl, saved));
    }

    /** Shows the form (empty, with the object's values, or with errors). */
    protected Response render(Request request, ModelForm<T> form) {
        Map<String, Object> context = new LinkedHashMap<>(request.kwargs());
        context.put("form", form);
        context.put("object", form.instance());
        return Render.render(request, ModelViews.template(Manager.of(model), templateName, "_form.html"), context);
    }

    /** Binds, then saves or shows the errors. */
    Response submit(Request request, ModelForm<T> form) throws Exception {
        form.bind(request);
        return form.isValid() ? formValid(request, form) : render(request, form);
    }
}
