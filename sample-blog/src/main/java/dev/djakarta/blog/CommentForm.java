package dev.djakarta.blog;

import dev.djakarta.forms.CharField;
import dev.djakarta.forms.EmailField;
import dev.djakarta.forms.Form;

/** A reader's comment under a post. The email is never shown; the comment is plain text, held for moderation. */
public final class CommentForm extends Form {
    static final CharField NAME = new CharField("name").label("Name").maxLength(80);
    static final EmailField EMAIL = new EmailField("email").label("Email").maxLength(254).helpText("Not published.");
    static final CharField BODY = new CharField("body").label("Comment").textarea().minLength(2).maxLength(3000);

    public CommentForm() {
        super(NAME, EMAIL, BODY);
    }
}
