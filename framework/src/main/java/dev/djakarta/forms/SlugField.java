package dev.djakarta.forms;

import java.util.List;

/** Letters, numbers, underscores and hyphens only, like Django's SlugField. */
public final class SlugField extends StringField<SlugField> {
    public SlugField(String name) {
        super(name, Widget.TEXT);
    }

    @Override
    protected void check(String value, List<FormError> errors) {
        super.check(value, errors);
        if (!Patterns.isSlug(value)) {
            errors.add(formError("invalid", "Enter a valid “slug” consisting of letters, numbers, underscores or hyphens."));
        }
    }
}
