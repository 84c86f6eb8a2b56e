package dev.djakarta.urls;

import dev.djakarta.conf.ImproperlyConfigured;
import dev.djakarta.http.UrlCodec;
import dev.djakarta.views.View;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The compiled URL configuration: resolves paths to views and reverses route names to paths.
 *
 * <p>Built once at start-up. Routes are flattened (includes expanded) and arranged in a tree keyed by path
 * segment: literal segments are hash lookups, segments with parameters are one precompiled regex each, and a
 * {@code path}-converter pattern matches the rest of the path with one regex. Resolution walks only the branches
 * that match the request's segments, so its cost depends on the path, not on the number of routes; when several
 * routes match, the one declared first wins, as in Django.
 *
 * <p>Immutable and thread-safe.
 */
public final class Resolver {
    /** Request attribute under which the engine stores the resolver (for reverse() inside views). */
    public static final String REQUEST_ATTRIBUTE = "djakarta.resolver";

    /** A flattened route: full pattern, full name, declaration index. */
    record Entry(int index, CompiledPattern pattern, View view, String name) {
    }

    /** A route as listed by {@code routes} and the DEBUG 404 page. */
    public record RouteInfo(String pattern, String name, String view) {
    }

    private static final class Node {
        final Map<String, Node> statics = new HashMap<>(4);
        final List<Object[]> dynamic = new ArrayList<>(0);   // {Segment, Node}
        final List<Object[]> tails = new ArrayList<>(0);     // {Segment (spanning, regex over the rest), Entry}
        Entry end;
        int minIndex = Integer.MAX_VALUE;
    }

    private final Node root = new Node();
    private final List<Entry> entries;
    private final Map<String, Entry> byName;
    private final String prefix;

    private Resolver(List<Entry> entries, String prefix) {
        this.entries = List.copyOf(entries);
        this.prefix = prefix;
        Map<String, Entry> names = new HashMap<>();
        for (Entry e : entries) {
            if (e.name() != null) {
                Entry previous = names.putIfAbsent(e.name(), e);
                if (previous != null) {
                    throw new ImproperlyConfigured("Route name '" + e.name() + "' is used twice: by '" + previous.pattern().text
                            + "' and by '" + e.pattern().text + "'. Names must be unique so reverse() is unambiguous.");
                }
            }
            insert(e);
        }
        this.byName = Map.copyOf(names);
    }

    /**
     * Compiles {@code routes}.
     *
     * @param converters   custom converters by name, added to the built-ins (a custom one may replace a built-in)
     * @param scriptPrefix the context path reverse() puts in front ({@code ""} at the root, {@code "/blog"} in a WAR)
     * @throws ImproperlyConfigured on a malformed pattern, an unknown converter or a duplicate name
     */
    public static Resolver compile(Routes routes, Map<String, Converter<?>> converters, String scriptPrefix) {
        Map<String, Converter<?>> all = new HashMap<>(Converters.BUILT_IN);
        all.putAll(converters);
        List<Entry> flat = new ArrayList<>();
        flatten(routes, "", "", all, flat);
        return new Resolver(flat, scriptPrefix == null || scriptPrefix.equals("/") ? "" : scriptPrefix);
    }

    /** Compiles with the built-in converters at the root context. */
    public static Resolver compile(Routes routes) {
        return compile(routes, Map.of(), "");
    }

    private static void flatten(Routes routes, String prefix, String namespace, Map<String, Converter<?>> converters,
                                List<Entry> out) {
        for (Route r : routes.routes()) {
            String full = prefix + r.pattern;
            if (r.included != null) {
                if (r.pattern.startsWith("/")) {
                    CompiledPattern.compile(r.pattern, converters, "(include)");
                }
                String ns = r.namespace == null ? namespace : namespace + r.namespace + ":";
                flatten(r.included, full, ns, converters, out);
            } else {
                String name = r.name == null ? null : namespace + r.name;
                CompiledPattern cp = CompiledPattern.compile(full, converters, name == null ? "" : "(route '" + name + "')");
                out.add(new Entry(out.size(), cp, r.view, name));
            }
        }
    }

    private void insert(Entry e) {
        Node node = root;
        node.minIndex = Math.min(node.minIndex, e.index());
        for (CompiledPattern.Segment seg : e.pattern().segments) {
            if (seg.spansSegments()) {
                node.tails.add(new Object[] {seg, e});
                return;
            }
            Node next;
            if (seg.regex() == null) {
                next = node.statics.computeIfAbsent(seg.literal(), k -> new Node());
            } else {
                next = null;
                for (Object[] edge : node.dynamic) {
                    if (((CompiledPattern.Segment) edge[0]).regex().pattern().equals(seg.regex().pattern())
                            && ((CompiledPattern.Segment) edge[0]).params().equals(seg.params())) {
                        next = (Node) edge[1];
                    }
                }
                if (next == null) {
                    next = new Node();
                    node.dynamic.add(new Object[] {seg, next});
                }
            }
            next.minIndex = Math.min(next.minIndex, e.index());
            node = next;
        }
        if (node.end == null) {
            node.end = e;
        }
    }

    /**
     * The match for a decoded path (starting with {@code /}), or null when no route matches (that is a 404, not
     * an error of the resolver).
     */
    public Match resolve(String path) {
        String rest = path.startsWith("/") ? path.substring(1) : path;
        String[] segs = split(rest);
        int[] offsets = new int[segs.length];
        for (int i = 1; i < segs.length; i++) {
            offsets[i] = offsets[i - 1] + segs[i - 1].length() + 1;
        }
        Found best = new Found();
        walk(root, segs, offsets, rest, 0, new Object[8], 0, best);
        if (best.entry == null) {
            return null;
        }
        return new Match(best.entry.view(), best.kwargs, best.entry.name(), best.entry.pattern().text);
    }

    private static final class Found {
        Entry entry;
        Map<String, Object> kwargs;
    }

    private static String[] split(String rest) {
        int count = 1;
        for (int i = 0; i < rest.length(); i++) {
            if (rest.charAt(i) == '/') {
                count++;
            }
        }
        String[] out = new String[count];
        int start = 0;
        for (int k = 0; k < count - 1; k++) {
            int slash = rest.indexOf('/', start);
            out[k] = rest.substring(start, slash);
            start = slash + 1;
        }
        out[count - 1] = rest.substring(start);
        return out;
    }

    /** Depth-first over matching branches, keeping the lowest declaration index; values holds name/value pairs. */
    private void walk(Node node, String[] segs, int[] offsets, String rest, int i, Object[] values, int n, Found best) {
        if (best.entry != null && node.minIndex >= best.entry.index()) {
            return;
        }
        if (i == segs.length) {
            if (node.end != null && (best.entry == null || node.end.index() < best.entry.index())) {
                best.entry = node.end;
                best.kwargs = kwargs(values, n);
            }
            return;
        }
        for (Object[] tail : node.tails) {
            Entry e = (Entry) tail[1];
            if (best.entry != null && e.index() >= best.entry.index()) {
                continue;
            }
            CompiledPattern.Segment seg = (CompiledPattern.Segment) tail[0];
            Object[] v = bind(seg, rest.substring(offsets[i]), values, n);
            if (v != null) {
                best.entry = e;
                best.kwargs = kwargs(v, n + seg.params().size() * 2);
            }
        }
        Node child = node.statics.get(segs[i]);
        if (child != null) {
            walk(child, segs, offsets, rest, i + 1, values, n, best);
        }
        for (Object[] edge : node.dynamic) {
            CompiledPattern.Segment seg = (CompiledPattern.Segment) edge[0];
            Object[] v = bind(seg, segs[i], values, n);
            if (v != null) {
                walk((Node) edge[1], segs, offsets, rest, i + 1, v, n + seg.params().size() * 2, best);
            }
        }
    }

    /** Matches one segment (or the rest of the path) and appends converted values; null when it does not match. */
    private static Object[] bind(CompiledPattern.Segment seg, String text, Object[] values, int n) {
        Matcher m = seg.regex().matcher(text);
        if (!m.matches()) {
            return null;
        }
        List<CompiledPattern.Param> params = seg.params();
        Object[] out = values.length >= n + params.size() * 2 ? values.clone() : Arrays.copyOf(values, n + params.size() * 2 + 8);
        for (int p = 0; p < params.size(); p++) {
            CompiledPattern.Param param = params.get(p);
            Object value;
            try {
                value = param.converter().toJava(m.group(p + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
            out[n + p * 2] = param.name();
            out[n + p * 2 + 1] = value;
        }
        return out;
    }

    private static Map<String, Object> kwargs(Object[] values, int n) {
        if (n == 0) {
            return Map.of();
        }
        Map<String, Object> map = new LinkedHashMap<>(n);
        for (int k = 0; k < n; k += 2) {
            map.put((String) values[k], values[k + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * The URL path of a named route with positional arguments, URL-encoded, with the context path in front.
     *
     * @throws NoReverseMatch for an unknown name, the wrong number of arguments, or an argument its converter
     *                        rejects; the message lists the pattern tried
     */
    public String reverse(String name, Object... args) {
        Entry e = entry(name);
        List<CompiledPattern.Param> params = e.pattern().params;
        if (args.length != params.size()) {
            throw noMatch(e, "with arguments " + Arrays.toString(args), "it takes " + params.size() + " argument(s)"
                    + (params.isEmpty() ? "" : ": " + names(params)));
        }
        Map<String, Object> kw = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            kw.put(params.get(i).name(), args[i]);
        }
        return build(e, kw, "with arguments " + Arrays.toString(args));
    }

    /** The URL path of a named route with keyword arguments (exactly the route's parameter names). */
    public String reverse(String name, Map<String, ?> kwargs) {
        Entry e = entry(name);
        List<String> expected = names(e.pattern().params);
        if (!new java.util.HashSet<>(expected).equals(kwargs.keySet())) {
            throw noMatch(e, "with keyword arguments " + kwargs, "it takes " + expected);
        }
        return build(e, kwargs, "with keyword arguments " + kwargs);
    }

    private Entry entry(String name) {
        Entry e = byName.get(name);
        if (e == null) {
            List<String> similar = new ArrayList<>();
            String bare = name.contains(":") ? name.substring(name.lastIndexOf(':') + 1) : name;
            for (String known : byName.keySet()) {
                if (known.equals(bare) || known.endsWith(":" + bare)) {
                    similar.add(known);
                }
            }
            throw new NoReverseMatch("Reverse for '" + name + "' not found. '" + name + "' is not a route name."
                    + (similar.isEmpty() ? "" : " Did you mean " + similar + "?"));
        }
        return e;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String build(Entry e, Map<String, ?> kwargs, String described) {
        StringBuilder sb = new StringBuilder(prefix).append('/');
        for (CompiledPattern.Part part : e.pattern().parts) {
            if (part.literal() != null) {
                sb.append(UrlCodec.encodePath(part.literal()));
                continue;
            }
            CompiledPattern.Param p = part.param();
            Object value = kwargs.get(p.name());
            String text;
            try {
                text = value == null ? null : ((Converter) p.converter()).toUrl(value);
            } catch (ClassCastException ex) {
                text = null;
            }
            if (text == null || !p.fullMatch().matcher(text).matches()) {
                throw noMatch(e, described, "'" + value + "' is not a valid <" + p.converterName() + ":" + p.name() + ">");
            }
            sb.append(p.converter().spansSegments() ? UrlCodec.encodePath(text) : UrlCodec.encodePathSegment(text));
        }
        return sb.toString();
    }

    private static List<String> names(List<CompiledPattern.Param> params) {
        List<String> out = new ArrayList<>();
        for (CompiledPattern.Param p : params) {
            out.add(p.name());
        }
        return out;
    }

    private static NoReverseMatch noMatch(Entry e, String described, String why) {
        return new NoReverseMatch("Reverse for '" + e.name() + "' " + described + " not found: " + why
                + ". 1 pattern(s) tried: ['" + e.pattern().text + "']");
    }

    /** Every route in declaration order (for the routes command and the DEBUG 404 page). */
    public List<RouteInfo> routes() {
        List<RouteInfo> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(new RouteInfo(e.pattern().text, e.name(), describe(e.view())));
        }
        return out;
    }

    /** True when a route with this name exists. */
    public boolean hasRoute(String name) {
        return byName.containsKey(name);
    }

    /** The context path reverse() prepends ({@code ""} at the root). */
    public String prefix() {
        return prefix;
    }

    static String describe(View view) {
        Class<?> c = view.getClass();
        String n = c.getName();
        int lambda = n.indexOf("$$Lambda");
        if (lambda >= 0) {
            return "lambda in " + n.substring(0, lambda);
        }
        return n;
    }
}
