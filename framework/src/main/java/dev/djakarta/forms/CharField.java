package dev.djakarta.forms;

/** Text: a one-line input, or a textarea with {@link #textarea()}. Cleans to a String ({@code ""} when empty). */
public final class CharField extends StringField<CharField> {
    public CharField(String name) {
        super(name, Widget.TEXT);
    }

    /** Shows a multi-line textarea (Django's {@code widget=Textarea}). */
    public CharField textarea() {
        return widget(Widget.TEXTAREA);
    }
}
