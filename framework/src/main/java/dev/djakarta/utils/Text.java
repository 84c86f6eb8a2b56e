package dev.djakarta.utils;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers from Django's {@code django.utils.text}. */
public final class Text {
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\w\\s-]");
    private static final Pattern DASHES_AND_SPACES = Pattern.compile("[-\\s]+");

    private Text() {
    }

    /**
     * Django's {@code slugify}: accents dropped, anything but ASCII letters, digits, underscores, hyphens and spaces
     * removed, lower case, runs of spaces and hyphens turned into one hyphen, no hyphen or underscore at either end.
     * {@code "Héllo, World!"} gives {@code "hello-world"}.
     */
    public static String slugify(String value) {
        if (value == null) {
            return "";
        }
        String ascii = DIACRITICS.matcher(Normalizer.normalize(value, Normalizer.Form.NFKD)).replaceAll("")
                .replaceAll("[^\\x00-\\x7F]", "");
        String cleaned = NOT_WORD.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
        return DASHES_AND_SPACES.matcher(cleaned).replaceAll("-").replaceAll("^[-_]+|[-_]+$", "");
    }
}
