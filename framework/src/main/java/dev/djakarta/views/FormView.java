package dev.djakarta.views;

import dev.djakarta.forms.Form;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.server.Engine;
import dev.djakarta.templates.Render;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's {@code FormView}: GET shows an empty form; POST binds it to what was sent and, when valid, calls
 * {@link #formValid} (by default a redirect to the success route: post/redirect/get), otherwise shows the form
 * again with its errors and what the user typed (status 200, as Django).
 *
 * <pre>{@code
 * final class ContactView extends FormView<ContactForm> {
 *     ContactView() { super("blog/contact.html", "blog:contact"); }
 *
 *     protected ContactForm createForm(Request request) { return new ContactForm(); }
 *
 *     protected Response formValid(Request request, ContactForm form) throws Exception {
 *         mailer.send(form.cleaned(ContactForm.EMAIL), form.cleaned(ContactForm.MESSAGE));
 *         Messages.success(request, "Thanks! Your message was sent.");
 *         return super.formValid(request, form);
 *     }
 * }
 * }</pre>
 *
 * The template gets {@code form} plus the route's keyword arguments. One instance serves every request.
 */
public abstract class FormView<F extends Form> extends MethodView {
    private final String templateName;
    private final String successRoute;

    /**
     * @param templateName the page showing the form
     * @param successRoute the route name redirected to after a valid POST, or null when {@link #formValid} or
     *                     {@link #successUrl} is overridden to decide
     */
    protected FormView(String templateName, String successRoute) {
        if (templateName == null || templateName.isEmpty()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs a template name, like \"blog/contact.html\"");
        }
        this.templateName = templateName;
        this.successRoute = successRoute;
    }

    /** A new, unbound form for this request. */
    protected abstract F createForm(Request request);

    /** Values the empty form starts with on GET, by field name. */
    protected Map<String, ?> initial(Request request) {
        return Map.of();
    }

    /** The template's variables: the route's keyword arguments and {@code form}. Override, call super, add. */
    protected Map<String, Object> contextData(Request request, F form) {
        Map<String, Object> context = new LinkedHashMap<>(request.kwargs());
        context.put("form", form);
        return context;
    }

    @Override
    protected Response get(Request request) throws Exception {
        F form = createForm(request);
        Map<String, ?> initial = initial(request);
        if (!initial.isEmpty()) {
            form.initial(initial);
        }
        return renderForm(request, form);
    }

    @Override
    protected Response post(Request request) throws Exception {
        F form = createForm(request);
        form.bind(request);
        return form.isValid() ? formValid(request, form) : formInvalid(request, form);
    }

    /** Called with a valid form: redirects to {@link #successUrl}. Override to act first, then call super. */
    protected Response formValid(Request request, F form) throws Exception {
        return Response.redirect(successUrl(request, form));
    }

    /** Called with an invalid form: shows it again with its errors. */
    protected Response formInvalid(Request request, F form) throws Exception {
        return renderForm(request, form);
    }

    /** Where a valid POST goes: the success route, reversed without arguments. */
    protected String successUrl(Request request, F form) {
        if (successRoute == null) {
            throw new IllegalStateException(getClass().getName() + " has no success route: pass one to the FormView "
                    + "constructor, or override successUrl(request, form) or formValid(request, form).");
        }
        return Engine.of(request).reverse(successRoute);
    }

    /** Renders the template with {@link #contextData}. */
    protected Response renderForm(Request request, F form) throws Exception {
        return Render.render(request, templateName, contextData(request, form));
    }
}
