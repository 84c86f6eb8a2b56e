package dev.djakarta.forms;

import dev.djakarta.templates.TemplateReadable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A field of one form, as its template shows it: Django's {@code BoundField}. Templates read these methods as
 * properties ({@code ${field.label}}, {@code ${field.describedBy}}); the built-in fragments in
 * {@code templates/djakarta/forms/} use all of them, so a project's own fragments can too.
 *
 * <p>The value shown is what the user typed when the form is bound (even if it was invalid, so nothing is lost on
 * a re-render), otherwise the initial value. Passwords and files are never shown again.
 */
public final class BoundField implements TemplateReadable {
    /** One option of a choice widget, with whether it is selected and its input's id. */
    public record Option(String value, String label, boolean selected, String id) {
    }

    private final Form form;
    private final Field<?, ?> field;

    BoundField(Form form, Field<?, ?> field) {
        this.form = form;
        this.field = field;
    }

    public String name() {
        return field.name();
    }

    /** The input's name in the HTML form: the field name, behind the form's prefix if it has one. */
    public String htmlName() {
        return form.htmlName(field.name());
    }

    /** The {@code id} of the input, {@code id_<html name>} as in Django; the label's {@code for}. */
    public String id() {
        return "id_" + htmlName();
    }

    /** The search URL of a {@link ModelChoiceField} shown as a search box, or null for every other field. */
    public String autocompleteUrl() {
        return field instanceof ModelChoiceField m ? m.autocompleteUrl() : null;
    }

    /** How the current value reads (the related object's text for a {@link ModelChoiceField}), or null. */
    public String valueLabel() {
        return field instanceof ModelChoiceField m ? m.labelOf(value()) : null;
    }

    public String label() {
        return field.label();
    }

    public String helpText() {
        return field.helpText();
    }

    public boolean required() {
        return field.required();
    }

    /** The widget's fragment in widgets.html ({@code "input_widget"}, {@code "textarea_widget"}, ...). */
    public String widget() {
        return field.widget().fragment();
    }

    /** The {@code type} of the input ({@code "email"}, {@code "number"}...), or null. */
    public String inputType() {
        return field.widget().inputType();
    }

    /** True for radios and checkbox groups, which a fieldset and legend label. */
    public boolean grouped() {
        return field.widget().grouped();
    }

    /** True for hidden inputs, drawn without label or help. */
    public boolean hidden() {
        return field.widget() == Widget.HIDDEN;
    }

    /** The text to put in the input: what was typed, else the initial value; empty for passwords and files. */
    public String value() {
        if (field.widget() == Widget.PASSWORD || field.widget() == Widget.FILE) {
            return "";
        }
        List<String> typed = form.submitted(field.name());
        if (typed != null) {
            return typed.isEmpty() ? "" : typed.get(typed.size() - 1);
        }
        Object initial = form.initialValue(field);
        return initial == null ? "" : field.formatAny(initial);
    }

    /** Whether a checkbox is ticked: as submitted when bound, else the initial value. */
    public boolean checked() {
        List<String> typed = form.submitted(field.name());
        if (typed != null) {
            return !typed.isEmpty() && BooleanField.isTrue(typed.get(typed.size() - 1));
        }
        return Boolean.TRUE.equals(form.initialValue(field));
    }

    /** The options of a choice field, with the submitted (or initial) ones selected. */
    public List<Option> choices() {
        List<String> selected = selectedValues();
        List<Option> out = new ArrayList<>();
        int i = 0;
        for (Choice c : field.choices()) {
            out.add(new Option(c.value(), c.label(), selected.contains(c.value()), id() + "_" + i++));
        }
        return out;
    }

    private List<String> selectedValues() {
        List<String> typed = form.submitted(field.name());
        if (typed != null) {
            return typed;
        }
        Object initial = form.initialValue(field);
        if (initial instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return initial == null ? List.of() : List.of(field.formatAny(initial));
    }

    /** Error messages of this field; empty when valid or unbound. */
    public List<String> errors() {
        return form.errors(field.name());
    }

    /** True when the field has errors: the input gets {@code aria-invalid="true"}. */
    public boolean invalid() {
        return !errors().isEmpty();
    }

    /** The id of the error list, {@code id_<name>_error}. */
    public String errorId() {
        return id() + "_error";
    }

    /** The id of the help text, {@code id_<name>_helptext}. */
    public String helpId() {
        return id() + "_helptext";
    }

    /** The input's {@code aria-describedby}: the error list and help text ids present, or null for none. */
    public String describedBy() {
        boolean errors = invalid();
        boolean help = !field.helpText().isEmpty();
        if (errors && help) {
            return errorId() + " " + helpId();
        }
        return errors ? errorId() : help ? helpId() : null;
    }

    public Integer maxLength() {
        return field.maxLength();
    }

    public Integer minLength() {
        return field.minLength();
    }

    public String min() {
        return field.min();
    }

    public String max() {
        return field.max();
    }

    public String step() {
        return field.step();
    }

    public String accept() {
        return field.accept();
    }

    @Override
    public String toString() {
        return "BoundField[" + field.name() + "=" + value() + "]";
    }
}
