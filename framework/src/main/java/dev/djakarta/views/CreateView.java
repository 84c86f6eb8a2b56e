package dev.djakarta.views;

import dev.djakarta.forms.ModelForm;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;

/**
 * Django's {@code CreateView}: GET shows an empty {@link ModelForm} with {@code <app>/<model>_form.html}; a valid POST
 * saves the new object and redirects (post/redirect/get); an invalid one shows the form again with its errors.
 *
 * <pre>{@code
 * path("posts/new/", CreateView.of(Post.class, "title", "body").successRoute("blog:post_detail", p -> new Object[] {p.getId()}), "post_new")
 * }</pre>
 */
public class CreateView<T> extends ModelFormViewBase<T, CreateView<T>> {
    public CreateView(Class<T> model, String... fields) {
        super(model, fields);
    }

    public static <T> CreateView<T> of(Class<T> model, String... fields) {
        return new CreateView<>(model, fields);
    }

    /** The form (override to use a ModelForm subclass with extra validation). */
    protected ModelForm<T> form(Request request) {
        return ModelForm.of(model, fields);
    }

    @Override
    protected Response get(Request request) {
        return render(request, form(request));
    }

    @Override
    protected Response post(Request request) throws Exception {
        return submit(request, form(request));
    }
}
