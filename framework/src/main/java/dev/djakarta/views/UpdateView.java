package dev.djakarta.views;

import dev.djakarta.db.Manager;
import dev.djakarta.db.QuerySet;
import dev.djakarta.forms.ModelForm;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;

/**
 * Django's {@code UpdateView}: the object named by the route's {@code pk}/{@code id}/{@code slug} (404 when missing)
 * in a {@link ModelForm} on {@code <app>/<model>_form.html}; a valid POST saves and redirects, an invalid one shows
 * the errors. Override {@link #queryset} to limit what may be edited.
 */
public class UpdateView<T> extends ModelFormViewBase<T, UpdateView<T>> {
    private String slugField = "slug";

    public UpdateView(Class<T> model, String... fields) {
        super(model, fields);
    }

    public static <T> UpdateView<T> of(Class<T> model, String... fields) {
        return new UpdateView<>(model, fields);
    }

    public UpdateView<T> slugField(String field) {
        this.slugField = field;
        return this;
    }

    protected QuerySet<T> queryset(Request request) throws Exception {
        return Manager.of(model).all();
    }

    protected ModelForm<T> form(Request request, T object) {
        return ModelForm.of(model, fields).instance(object);
    }

    @Override
    protected Response get(Request request) throws Exception {
        return render(request, form(request, ModelViews.object(request, queryset(request), slugField)));
    }

    @Override
    protected Response post(Request request) throws Exception {
        return submit(request, form(request, ModelViews.object(request, queryset(request), slugField)));
    }
}
