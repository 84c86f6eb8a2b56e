package dev.djakarta.blog;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.messages.Messages;
import dev.djakarta.views.FormView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /contact/}: shows the form; a valid message is logged (a real site would email it), thanked with a
 * success message, and the browser is sent back to the contact page (post/redirect/get).
 */
final class ContactView extends FormView<ContactForm> {
    private static final Logger log = LoggerFactory.getLogger(ContactView.class);

    ContactView() {
        super("blog/contact.html", "contact");
    }

    @Override
    protected ContactForm createForm(Request request) {
        return new ContactForm();
    }

    @Override
    protected Response formValid(Request request, ContactForm form) throws Exception {
        log.info("Contact message from {} <{}> ({} characters)", form.cleaned(ContactForm.NAME), form.cleaned(ContactForm.EMAIL),
                form.cleaned(ContactForm.MESSAGE).length());
        Messages.success(request, "Thanks, " + form.cleaned(ContactForm.NAME) + "! We will answer you soon.");
        return super.formValid(request, form);
    }
}
