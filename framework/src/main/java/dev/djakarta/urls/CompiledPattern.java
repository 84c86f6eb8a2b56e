package dev.djakarta.urls;

import dev.djakarta.conf.ImproperlyConfigured;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A route pattern parsed once at start-up: literal text and {@code <converter:name>} parameters, split into
 * path segments. Segments without parameters become hash-map keys in the resolver's tree; the others get one
 * precompiled regex each.
 */
final class CompiledPattern {
    /** A {@code <converter:name>} part. */
    record Param(String name, String converterName, Converter<?> converter, Pattern fullMatch) {
    }

    /** A piece of the pattern: literal text, or a parameter. */
    record Part(String literal, Param param) {
    }

    /** One '/'-separated segment: literal when {@code regex} is null. */
    record Segment(String literal, Pattern regex, List<Param> params, boolean spansSegments) {
    }

    final String text;
    final List<Part> parts;
    final List<Param> params;
    final List<Segment> segments;

    private CompiledPattern(String text, List<Part> parts, List<Param> params, List<Segment> segments) {
        this.text = text;
        this.parts = parts;
        this.params = params;
        this.segments = segments;
    }

    static CompiledPattern compile(String text, Map<String, Converter<?>> converters, String where) {
        if (text.startsWith("/")) {
            throw new ImproperlyConfigured("Route pattern '" + text + "' " + where + " starts with '/'. Remove the slash: "
                    + "patterns are relative, like Django's path() (the root page is path(\"\", ...)).");
        }
        if (text.startsWith("^") || text.endsWith("$")) {
            throw new ImproperlyConfigured("Route pattern '" + text + "' " + where + " looks like a regular expression. "
                    + "Patterns use converters instead: path(\"posts/<int:id>/\", ...).");
        }
        List<Part> parts = new ArrayList<>();
        List<Param> params = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        StringBuilder literal = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '>') {
                throw new ImproperlyConfigured("Route pattern '" + text + "' " + where + " has a '>' without '<'.");
            }
            if (c != '<') {
                literal.append(c);
                i++;
                continue;
            }
            int end = text.indexOf('>', i);
            if (end < 0) {
                throw new ImproperlyConfigured("Route pattern '" + text + "' " + where + " has a '<' without '>'.");
            }
            if (literal.length() > 0) {
                parts.add(new Part(literal.toString(), null));
                literal.setLength(0);
            }
            String spec = text.substring(i + 1, end);
            int colon = spec.indexOf(':');
            String conv = colon < 0 ? "str" : spec.substring(0, colon);
            String name = colon < 0 ? spec : spec.substring(colon + 1);
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new ImproperlyConfigured("Route pattern '" + text + "' " + where + ": '<" + spec
                        + ">' needs a Java-identifier name, like <int:id>.");
            }
            Converter<?> converter = converters.get(conv);
            if (converter == null) {
                throw new ImproperlyConfigured("Route pattern '" + text + "' " + where + ": unknown converter '" + conv
                        + "' in '<" + spec + ">'. Known converters: " + new java.util.TreeSet<>(converters.keySet())
                        + ". Register custom ones in Site.converters().");
            }
            if (!names.add(name)) {
                throw new ImproperlyConfigured("Route pattern '" + text + "' " + where + " uses the name '" + name + "' twice.");
            }
            Param p = new Param(name, conv, converter, Pattern.compile(converter.regex()));
            params.add(p);
            parts.add(new Part(null, p));
            i = end + 1;
        }
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString(), null));
        }
        return new CompiledPattern(text, List.copyOf(parts), List.copyOf(params), segments(parts));
    }

    /** Splits the parts at '/' into segments, each with its own regex when it holds parameters. */
    private static List<Segment> segments(List<Part> parts) {
        List<Segment> out = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        StringBuilder lit = new StringBuilder();
        List<Param> params = new ArrayList<>();
        boolean spans = false;
        for (Part part : parts) {
            if (part.param() != null) {
                regex.append("(").append(part.param().converter().regex()).append(")");
                params.add(part.param());
                spans |= part.param().converter().spansSegments();
                continue;
            }
            String s = part.literal();
            int start = 0;
            int slash;
            while ((slash = s.indexOf('/', start)) >= 0) {
                String piece = s.substring(start, slash);
                lit.append(piece);
                regex.append(Pattern.quote(piece));
                if (spans) {
                    // a segment-spanning parameter swallows the '/' into one tail regex
                    lit.append('/');
                    regex.append('/');
                } else {
                    out.add(finish(lit, regex, params, false));
                }
                start = slash + 1;
            }
            lit.append(s.substring(start));
            regex.append(Pattern.quote(s.substring(start)));
        }
        out.add(finish(lit, regex, params, spans));
        return List.copyOf(out);
    }

    private static Segment finish(StringBuilder lit, StringBuilder regex, List<Param> params, boolean spans) {
        Segment seg = params.isEmpty() ? new Segment(lit.toString(), null, List.of(), false)
                : new Segment(null, Pattern.compile(regex.toString()), List.copyOf(params), spans);
        lit.setLength(0);
        regex.setLength(0);
        params.clear();
        return seg;
    }
}
