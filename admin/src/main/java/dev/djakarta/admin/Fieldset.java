package dev.djakarta.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * A group of fields on the admin's add and change forms, under an optional heading: Django's fieldsets entry
 * {@code ("Publishing", {"fields": [...], "classes": ["collapse"], "description": "..."})}.
 *
 * @param name        the heading, or null for none
 * @param fields      the field names, in order
 * @param classes     CSS classes of the group; {@code "collapse"} draws it folded (a details element)
 * @param description text shown under the heading, or null
 */
public record Fieldset(String name, List<String> fields, List<String> classes, String description) {
    public Fieldset {
        fields = List.copyOf(fields);
        classes = List.copyOf(classes);
    }

    /** A fieldset with a heading (null for none) and fields. */
    public static Fieldset of(String name, String... fields) {
        return new Fieldset(name, List.of(fields), List.of(), null);
    }

    /** The same fieldset drawn folded until opened. */
    public Fieldset collapse() {
        List<String> c = new ArrayList<>(classes);
        c.add("collapse");
        return new Fieldset(name, fields, c, description);
    }

    /** The same fieldset with a description under its heading. */
    public Fieldset description(String text) {
        return new Fieldset(name, fields, classes, text);
    }

    /** True when drawn folded. */
    public boolean collapsed() {
        return classes.contains("collapse");
    }
}
