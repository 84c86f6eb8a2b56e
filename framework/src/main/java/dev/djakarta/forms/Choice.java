package dev.djakarta.forms;

/** One option of a choice field: the value sent by the browser and the label shown. */
public record Choice(String value, String label) {
    public Choice {
        if (value == null || label == null) {
            throw new IllegalArgumentException("A choice needs a value and a label");
        }
    }

    public static Choice of(String value, String label) {
        return new Choice(value, label);
    }
}
