package dev.djakarta.blog;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Post bodies: Markdown (CommonMark) to HTML that is safe to print unescaped. Raw HTML inside the Markdown is
 * allowed through the renderer, then everything goes through jsoup's cleaner with an allow-list (jsoup's
 * "relaxed" list: text formatting, links, images, lists, tables, code), so no {@code <script>}, {@code <style>},
 * {@code <iframe>}, event handler attribute or {@code javascript:}/{@code data:} URL survives, whoever wrote the
 * post. Thread-safe: the parser, renderer and allow-list are immutable and shared.
 */
final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).build();
    /** Links must be http(s) or mailto; relative links ({@code /about/}) are kept as written. */
    private static final Safelist ALLOWED = Safelist.relaxed()
            .addAttributes("code", "class")
            .preserveRelativeLinks(true);
    /** Only used to resolve relative links while checking them; it never appears in the output. */
    private static final String BASE_URI = "https://blog.invalid/";
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private Markdown() {
    }

    /** The Markdown as sanitized HTML; {@code ""} for null. */
    static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, BASE_URI, ALLOWED, OUTPUT.clone()).strip();
    }

    /** The text of {@code html}, cut at a word boundary to at most {@code max} characters (then ending in "…"). */
    static String summary(String html, int max) {
        String text = Jsoup.parse(html).text().strip();
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
