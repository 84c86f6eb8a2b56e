package dev.djakarta.forms;

import static dev.djakarta.templates.Render.render;
import static dev.djakarta.urls.Routes.path;

import dev.djakarta.Site;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.messages.Messages;
import dev.djakarta.urls.Routes;
import dev.djakarta.views.FormView;
import dev.djakarta.views.TemplateView;
import java.util.Map;

/** Form pages: FormViews, a hand-written view with initial values, and a JSON API. */
public class FormSite extends Site {
    /** The contact page: valid → a success message and a redirect to "thanks". */
    static final class ContactView extends FormView<ContactForm> {
        ContactView() {
            super("testsite/form_page.html", "thanks");
        }

        @Override
        protected ContactForm createForm(Request request) {
            return new ContactForm();
        }

        @Override
        protected Map<String, ?> initial(Request request) {
            String name = request.query("name");
            return name == null ? Map.of() : Map.of("name", name);
        }

        @Override
        protected Response formValid(Request request, ContactForm form) throws Exception {
            Messages.success(request, "Thanks, " + form.cleaned(ContactForm.NAME) + "!");
            return super.formValid(request, form);
        }
    }

    static final class SignupView extends FormView<SignupForm> {
        SignupView() {
            super("testsite/form_page.html", "thanks");
        }

        @Override
        protected SignupForm createForm(Request request) {
            return new SignupForm();
        }
    }

    /** Without a success route: the view must say how to fix it. */
    static final class NoSuccessView extends FormView<ContactForm> {
        NoSuccessView() {
            super("testsite/form_page.html", null);
        }

        @Override
        protected ContactForm createForm(Request request) {
            return new ContactForm();
        }
    }

    @Override
    public Routes routes() {
        return Routes.of(
                path("contact/", new ContactView(), "contact"),
                path("signup/", new SignupView(), "signup"),
                path("no-success/", new NoSuccessView(), "no_success"),
                path("thanks/", TemplateView.of("testsite/messages.html"), "thanks"),
                path("email-only/", r -> render(r, "testsite/one_field.html", Map.of("form",
                        r.query().isEmpty() ? new ContactForm() : new ContactForm().bind(r.query()))), "email_only"),
                path("api/contact/", FormSite::apiContact, "api_contact"));
    }

    private static Response apiContact(Request request) {
        ContactForm form = new ContactForm().bindJson(request.json());
        if (!form.isValid()) {
            return Response.json(400, Map.of("errors", form.errorsJson()));
        }
        return Response.json(201, form.cleanedData());
    }
}
