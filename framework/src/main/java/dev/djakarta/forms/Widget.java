package dev.djakarta.forms;

/**
 * How a field is shown: each kind is a fragment of {@code templates/djakarta/forms/widgets.html} (override that file
 * in the project's templates to change the markup). Every field has a default; {@code field.widget(Widget.TEXTAREA)}
 * picks another.
 */
public enum Widget {
    TEXT("input_widget", "text"),
    EMAIL("input_widget", "email"),
    URL("input_widget", "url"),
    NUMBER("input_widget", "number"),
    PASSWORD("input_widget", "password"),
    HIDDEN("input_widget", "hidden"),
    DATE("input_widget", "date"),
    DATETIME("input_widget", "datetime-local"),
    TEXTAREA("textarea_widget", null),
    CHECKBOX("checkbox_widget", "checkbox"),
    SELECT("select_widget", null),
    SELECT_MULTIPLE("select_multiple_widget", null),
    RADIOS("radios_widget", "radio"),
    CHECKBOXES("checkboxes_widget", "checkbox"),
    FILE("file_widget", "file"),
    /** A search box for one related object (a {@link ModelChoiceField} with a search URL): type a name, pick a match. */
    AUTOCOMPLETE("autocomplete_widget", "text");

    private final String fragment;
    private final String inputType;

    Widget(String fragment, String inputType) {
        this.fragment = fragment;
        this.inputType = inputType;
    }

    /** The fragment of widgets.html that draws it ({@code "input_widget"}, {@code "select_widget"}, ...). */
    public String fragment() {
        return fragment;
    }

    /** The {@code type} of its {@code <input>}, or null for textarea and select. */
    public String inputType() {
        return inputType;
    }

    /** True for a group of inputs (radios, checkboxes), labelled by a legend rather than a label. */
    public boolean grouped() {
        return this == RADIOS || this == CHECKBOXES;
    }
}
