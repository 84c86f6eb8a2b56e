package dev.djakarta.benchmarks.tfb;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a fortunes page with the reference page ({@code shared/bench/expected-fortunes.html}).
 *
 * <p>Two levels, reported separately:
 * <ul>
 *   <li><b>exact</b>: equal byte for byte once insignificant whitespace is removed, meaning whitespace between one
 *       tag's {@code >} and the next tag's {@code <} and at both ends. Text inside elements is never touched.</li>
 *   <li><b>equal as HTML</b>: equal after also writing each character reference in the reference's form, the
 *       normalisation the TechEmpower verifier applies ({@code &#39;} and {@code &#x27;} are {@code &apos;},
 *       {@code &#34;} is {@code &quot;}, {@code &#8212;} and {@code &mdash;} are the em dash, and so on). Thymeleaf
 *       escapes the apostrophe as {@code &#39;} where the reference has {@code &apos;}; both are the same character in
 *       HTML. The differences found are listed.</li>
 * </ul>
 * Anything else (order, a missing row, double escaping, a different doctype or charset) fails.
 */
public final class FortunesPage {
    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");
    private static final Pattern CHAR_REF = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));|&mdash;");
    /** Characters whose references the reference page writes by name; any other reference becomes the character. */
    private static final Map<Integer, String> NAMED = Map.of('"' + 0, "&quot;", '\'' + 0, "&apos;", '<' + 0, "&lt;",
            '>' + 0, "&gt;", '&' + 0, "&amp;");

    private FortunesPage() {
    }

    /** The outcome: equal or not, and a one-line description of how. */
    public record Comparison(boolean equal, boolean exact, String description) {
    }

    public static Comparison compare(String expected, String actual) {
        String want = withoutInsignificantWhitespace(expected);
        String got = withoutInsignificantWhitespace(actual);
        if (want.equals(got)) {
            return new Comparison(true, true, "equals the reference page exactly (modulo whitespace between tags)");
        }
        Map<String, String> rewritten = new LinkedHashMap<>();
        String canonicalGot = canonicalReferences(got, rewritten);
        if (canonicalReferences(want, new LinkedHashMap<>()).equals(canonicalGot)) {
            return new Comparison(true, false, "equals the reference page as HTML; character references written differently: "
                    + rewritten);
        }
        return new Comparison(false, false, "differs from the reference page at character " + firstDifference(want, got)
                + ": expected ..." + around(want, firstDifference(want, got)) + "... but got ..."
                + around(got, firstDifference(want, got)) + "...");
    }

    /** Removes whitespace between tags and at both ends. */
    public static String withoutInsignificantWhitespace(String html) {
        return BETWEEN_TAGS.matcher(html.strip()).replaceAll("><");
    }

    /** Writes every numeric reference, and {@code &mdash;}, in the reference's form; records each rewrite done. */
    static String canonicalReferences(String html, Map<String, String> rewritten) {
        Matcher m = CHAR_REF.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            int codePoint = m.group(0).equals("&mdash;") ? 0x2014
                    : m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            String replacement = NAMED.getOrDefault(codePoint, new String(Character.toChars(codePoint)));
            rewritten.put(m.group(0), replacement);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return n;
    }

    private static String around(String s, int i) {
        return s.substring(Math.max(0, i - 30), Math.min(s.length(), i + 40));
    }
}
