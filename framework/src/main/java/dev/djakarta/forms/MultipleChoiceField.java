package dev.djakarta.forms;

import dev.djakarta.http.UploadedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Any number of options from a fixed list, shown as a multiple select (or {@code Widget.CHECKBOXES}); cleaned to the
 * chosen values in the order sent, an empty list when none. Each unknown value is reported with Django's
 * "Select a valid choice." message.
 */
public final class MultipleChoiceField extends Field<List<String>, MultipleChoiceField> {
    private List<Choice> choices = List.of();

    public MultipleChoiceField(String name) {
        super(name, Widget.SELECT_MULTIPLE);
    }

    /** The options, as value-label pairs. */
    public MultipleChoiceField choices(String... valuesAndLabels) {
        return choices(ChoiceField.Choices.pairs(valuesAndLabels));
    }

    public MultipleChoiceField choices(List<Choice> choices) {
        this.choices = List.copyOf(choices);
        return this;
    }

    @Override
    public List<Choice> choices() {
        return choices;
    }

    @Override
    protected List<String> toValue(List<String> values, List<UploadedFile> files) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            if (!v.isEmpty() && !out.contains(v)) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    @Override
    protected void check(List<String> value, List<FormError> errors) {
        for (String v : value) {
            if (!ChoiceField.Choices.contains(choices, v)) {
                errors.add(ChoiceField.Choices.invalid(this, v));
            }
        }
    }

    @Override
    protected String format(List<String> value) {
        return value == null ? "" : String.join(",", value);
    }
}
