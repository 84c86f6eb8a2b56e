package dev.djakarta.forms;

import java.util.List;

/** An email address checked as Django's EmailValidator does: "Enter a valid email address.". At most 320 characters. */
public final class EmailField extends StringField<EmailField> {
    public EmailField(String name) {
        super(name, Widget.EMAIL);
        maxLength(320);
    }

    @Override
    protected void check(String value, List<FormError> errors) {
        super.check(value, errors);
        if (!Patterns.isEmail(value)) {
            errors.add(formError("invalid", "Enter a valid email address."));
        }
    }
}
