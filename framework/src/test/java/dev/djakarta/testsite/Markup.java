package dev.djakarta.testsite;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading rendered HTML in tests where Thymeleaf does not fix the order of attributes inside a tag. */
public final class Markup {
    private Markup() {
    }

    /** The start tag of the element with {@code id}, for assertions about its attributes in any order. */
    public static String tag(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertThat(at).as("an element with id " + id + " in:\n" + html).isPositive();
        return html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
    }
}
