package dev.djakarta.forms;

import dev.djakarta.db.Manager;
import dev.djakarta.db.ModelMeta;
import dev.djakarta.http.UploadedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * One related object chosen by primary key: Django's {@code ModelChoiceField}. Unlike a {@link ChoiceField} it does
 * not load every candidate to validate: the submitted key is checked with one query, and the options are read only
 * when a select actually draws them. With {@link #autocompleteUrl} it is drawn as a search box
 * ({@link Widget#AUTOCOMPLETE}) that asks the URL for matches, so a relation to a million rows stays one small page.
 * Cleans to the key as sent (a string), which {@link ModelForm} turns into a reference.
 */
public final class ModelChoiceField extends Field<String, ModelChoiceField> {
    private final Class<?> model;
    private String autocompleteUrl;

    public ModelChoiceField(String name, Class<?> model) {
        super(name, Widget.SELECT);
        this.model = model;
    }

    /** Draws the field as a search box fetching matches from {@code url} ({@code ?term=...}, Django's JSON shape). */
    public ModelChoiceField autocompleteUrl(String url) {
        this.autocompleteUrl = url;
        return widget(Widget.AUTOCOMPLETE);
    }

    public String autocompleteUrl() {
        return autocompleteUrl;
    }

    public Class<?> model() {
        return model;
    }

    /** Every candidate, read when a select draws them (never for the search box). */
    @Override
    public List<Choice> choices() {
        if (widget() == Widget.AUTOCOMPLETE) {
            return List.of();
        }
        ModelMeta<?> meta = Manager.of(model).meta();
        List<Choice> out = new ArrayList<>();
        out.add(Choice.of("", "---------"));
        for (Object o : Manager.of(model).all().list()) {
            out.add(Choice.of(String.valueOf(meta.pkValue(o)), String.valueOf(o)));
        }
        return out;
    }

    /** The text of the object whose key is {@code key}, or null when there is none. */
    public String labelOf(String key) {
        Object found = find(key);
        return found == null ? null : String.valueOf(found);
    }

    private Object find(String key) {
        if (key == null || key.isBlank() || key.length() > 100) {
            return null;
        }
        try {
            return Manager.of(model).filter("pk", key.strip()).first();
        } catch (RuntimeException notAKey) {
            // a key of the wrong shape ("abc" for a number) is no object, reported as an invalid choice
            return null;
        }
    }

    @Override
    protected String toValue(List<String> values, List<UploadedFile> files) {
        String v = last(values);
        return v == null ? "" : v.strip();
    }

    @Override
    protected void check(String value, List<FormError> errors) {
        if (find(value) == null) {
            errors.add(formError("invalid_choice", "Select a valid choice. That choice is not one of the available choices."));
        }
    }
}
