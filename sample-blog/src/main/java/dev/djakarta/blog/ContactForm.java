package dev.djakarta.blog;

import dev.djakarta.forms.CharField;
import dev.djakarta.forms.EmailField;
import dev.djakarta.forms.Form;

/** The contact page's form: who is writing, where to answer, and what they say. */
public final class ContactForm extends Form {
    static final CharField NAME = new CharField("name").label("Your name").maxLength(100);
    static final EmailField EMAIL = new EmailField("email").helpText("We only use it to answer you.");
    static final CharField MESSAGE = new CharField("message").textarea().minLength(10).maxLength(2000);

    public ContactForm() {
        super(NAME, EMAIL, MESSAGE);
    }
}
