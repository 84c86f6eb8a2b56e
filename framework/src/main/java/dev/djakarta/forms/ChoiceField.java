package dev.djakarta.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * One of a fixed list of options, shown as a select (or {@code Widget.RADIOS}); cleaned to the chosen value,
 * {@code ""} when nothing was chosen. Anything else is "Select a valid choice. x is not one of the available
 * choices.".
 */
public final class ChoiceField extends StringField<ChoiceField> {
    private List<Choice> choices = List.of();

    public ChoiceField(String name) {
        super(name, Widget.SELECT);
    }

    /** The options, as value-label pairs: {@code choices("draft", "Draft", "published", "Published")}. */
    public ChoiceField choices(String... valuesAndLabels) {
        return choices(Choices.pairs(valuesAndLabels));
    }

    public ChoiceField choices(List<Choice> choices) {
        this.choices = List.copyOf(choices);
        return this;
    }

    @Override
    public List<Choice> choices() {
        return choices;
    }

    @Override
    protected void check(String value, List<FormError> errors) {
        super.check(value, errors);
        if (!Choices.contains(choices, value)) {
            errors.add(Choices.invalid(this, value));
        }
    }

    /** The option values and labels, as a helper for the choice fields. */
    static final class Choices {
        private Choices() {
        }

        static List<Choice> pairs(String... valuesAndLabels) {
            if (valuesAndLabels.length % 2 != 0) {
                throw new IllegalArgumentException("Choices come in value, label pairs; got an odd number of strings");
            }
            List<Choice> out = new ArrayList<>();
            for (int i = 0; i < valuesAndLabels.length; i += 2) {
                out.add(new Choice(valuesAndLabels[i], valuesAndLabels[i + 1]));
            }
            return out;
        }

        static boolean contains(List<Choice> choices, String value) {
            for (Choice c : choices) {
                if (c.value().equals(value)) {
                    return true;
                }
            }
            return false;
        }

        static FormError invalid(Field<?, ?> field, String value) {
            return field.formError("invalid_choice", "Select a valid choice. " + value + " is not one of the available choices.");
        }
    }
}
