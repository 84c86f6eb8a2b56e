package dev.djakarta.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link QuerySet}'s description into HQL with positional parameters. Every name is checked against the
 * models' metadata first, so nothing from a caller reaches the query text except validated field names; every
 * value is a bound parameter.
 */
final class QueryCompiler {
    static final Set<String> LOOKUPS = Set.of("exact", "iexact", "contains", "icontains", "startswith", "istartswith",
            "endswith", "iendswith", "in", "gt", "gte", "lt", "lte", "range", "isnull");
    static final Set<String> TRANSFORMS = Set.of("year", "month", "day", "hour", "minute");

    private final Database db;
    private final ModelMeta<?> root;
    private final Map<String, String> annotations;
    final List<Object> params = new ArrayList<>();
    final StringBuilder joins = new StringBuilder();
    private final Map<String, String> orderJoins = new HashMap<>();
    private int aliases;

    QueryCompiler(Database db, ModelMeta<?> root, Map<String, String> annotations) {
        this.db = db;
        this.root = root;
        this.annotations = annotations;
    }

    /** A resolved lookup path: the HQL expression, the field at its end, and the lookup words after it. */
    record Path(String expression, FieldMeta field, ModelMeta<?> owner, List<String> rest, boolean multiValued) {
    }

    /** Annotation alias to its compiled expression. */
    Map<String, String> annotationExpressions() {
        return annotations;
    }

    String param(Object value) {
        params.add(value);
        return "?" + params.size();
    }

    String newAlias(String prefix) {
        return prefix + (++aliases);
    }

    /**
     * Resolves {@code author__username__icontains} from {@code alias}: walks relations (multi-valued ones get a join
     * recorded in {@code joinsOut}, reused within one filter call through {@code joinCache}).
     */
    Path resolve(String key, String alias, ModelMeta<?> from, StringBuilder joinsOut, Map<String, String> joinCache,
                 boolean leftJoins, String context) {
        String[] tokens = key.split("__", -1);
        ModelMeta<?> owner = from;
        ModelMeta<?> current = from;
        String expr = alias;
        FieldMeta field = null;
        boolean multi = false;
        int i = 0;
        for (; i < tokens.length; i++) {
            String tok = tokens[i];
            if (current == null) {
                break;
            }
            if (i > 0 && (LOOKUPS.contains(tok) || TRANSFORMS.contains(tok)) && !current.fields().containsKey(tok)) {
                break;
            }
            if (tok.isEmpty()) {
                throw new FieldError("Malformed lookup '" + key + "' in " + context + ": empty part between '__'");
            }
            FieldMeta f = current.field(tok, context + " (\"" + key + "\")");
            owner = current;
            field = f;
            if (f.isRelation()) {
                String path = expr + "." + f.name();
                if (f.isMultiValued() || leftJoins) {
                    String cacheKey = path;
                    String joined = joinCache.get(cacheKey);
                    if (joined == null) {
                        joined = newAlias(f.isMultiValued() ? "j" : "o");
                        joinsOut.append(leftJoins ? " left join " : " join ").append(path).append(' ').append(joined);
                        joinCache.put(cacheKey, joined);
                    }
                    expr = joined;
                    multi |= f.isMultiValued();
                } else {
                    expr = path;
                }
                current = db.models().containsKey(f.target()) ? db.meta(f.target()) : null;
            } else {
                expr = expr + "." + f.name();
                multi |= f.isMultiValued();
                current = null;
            }
        }
        List<String> rest = new ArrayList<>();
        for (; i < tokens.length; i++) {
            rest.add(tokens[i]);
        }
        return new Path(expr, field, owner, rest, multi);
    }

    /** The WHERE expression of a Q tree, rooted at {@code alias}. */
    String where(Q q, String alias, ModelMeta<?> from, StringBuilder joinsOut, Map<String, String> joinCache, String context) {
        switch (q.type) {
            case AND:
            case OR: {
                if (q.children.isEmpty()) {
                    return "1=1";
                }
                List<String> parts = new ArrayList<>();
                for (Q c : q.children) {
                    parts.add(where(c, alias, from, joinsOut, joinCache, context));
                }
                return "(" + String.join(q.type == Q.Type.AND ? " and " : " or ", parts) + ")";
            }
            case NOT:
                // Django's negation: the row is excluded only where the inner condition is true (NULLs stay in)
                return "(" + alias + "." + from.pk().name() + " not in (" + subquery(q.children.get(0), from, context) + "))";
            default:
                return leaf(q.key, q.value, alias, from, joinsOut, joinCache, context);
        }
    }

    /** {@code select s.id from Model s ... where <q>}: used for exclude() and negation. */
    String subquery(Q q, ModelMeta<?> from, String context) {
        String s = newAlias("s");
        StringBuilder subJoins = new StringBuilder();
        String cond = where(q, s, from, subJoins, new HashMap<>(), context);
        return "select " + s + "." + from.pk().name() + " from " + from.entityName() + " " + s + subJoins + " where " + cond;
    }

    private String leaf(String key, Object value, String alias, ModelMeta<?> from, StringBuilder joinsOut,
                        Map<String, String> joinCache, String context) {
        String first = key.split("__", 2)[0];
        if (annotations.containsKey(first) && alias.equals("e")) {
            List<String> rest = key.contains("__") ? List.of(key.substring(first.length() + 2).split("__")) : List.of();
            return condition(annotations.get(first), Long.class, rest, value, "annotation '" + first + "'", key, context);
        }
        if (key.endsWith("__isnull")) {
            // "tags__isnull": emptiness of a collection, which a join would hide
            Path probe = resolve(key, alias, from, new StringBuilder(), new HashMap<>(), false, context);
            if (probe.field().isMultiValued() && probe.rest().size() == 1) {
                String collection = collectionPath(key, alias, from, context);
                return collection + (Boolean.TRUE.equals(Values.coerce(Boolean.class, value, from.type().getSimpleName(), key))
                        ? " is empty" : " is not empty");
            }
        }
        Path p = resolve(key, alias, from, joinsOut, joinCache, false, context);
        FieldMeta f = p.field();
        List<String> rest = p.rest();
        if (f.isRelation()) {
            String lookup = rest.isEmpty() ? "exact" : rest.get(rest.size() - 1);
            if (lookup.equals("isnull") && rest.size() == 1) {
                return condition(p.expression(), Object.class, rest, value, f.name(), key, context);
            }
            ModelMeta<?> target = db.meta(f.target());
            Object v = value;
            if (v instanceof Collection<?> c) {
                List<Object> ids = new ArrayList<>();
                for (Object o : c) {
                    ids.add(target.type().isInstance(o) ? target.pkValue(o) : o);
                }
                v = ids;
            } else if (target.type().isInstance(v)) {
                v = target.pkValue(v);
            }
            return condition(p.expression() + "." + target.pk().name(), target.pk().type(), rest, v, f.name() + " (" + target.type().getSimpleName() + " id)", key, context);
        }
        return condition(p.expression(), f.type(), rest, value, f.name(), key, context);
    }

    private String collectionPath(String key, String alias, ModelMeta<?> from, String context) {
        String[] tokens = key.split("__");
        ModelMeta<?> current = from;
        String expr = alias;
        for (int i = 0; i < tokens.length - 1; i++) {
            FieldMeta f = current.field(tokens[i], context);
            expr = expr + "." + f.name();
            if (f.isRelation() && db.models().containsKey(f.target())) {
                current = db.meta(f.target());
            }
        }
        return expr;
    }

    private String condition(String expr, Class<?> type, List<String> rest, Object value, String fieldName, String key, String context) {
        String lookup = "exact";
        List<String> transforms = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String word = rest.get(i);
            if (TRANSFORMS.contains(word)) {
                transforms.add(word);
            } else if (LOOKUPS.contains(word) && i == rest.size() - 1) {
                lookup = word;
            } else {
                throw new FieldError("Unsupported lookup '" + word + "' for field '" + fieldName + "' in " + context + " (\"" + key
                        + "\"). Lookups: " + new java.util.TreeSet<>(LOOKUPS) + "; transforms for dates: " + new java.util.TreeSet<>(TRANSFORMS));
            }
        }
        String e = expr;
        Class<?> valueType = type;
        for (String t : transforms) {
            e = "extract(" + t + " from " + e + ")";
            valueType = Integer.class;
        }
        String model = root.type().getSimpleName();
        switch (lookup) {
            case "isnull": {
                Object b = Values.coerce(Boolean.class, value, model, key);
                if (b == null) {
                    throw new FieldError("The isnull lookup needs true or false (\"" + key + "\")");
                }
                return e + ((Boolean) b ? " is null" : " is not null");
            }
            case "exact":
                return value == null ? e + " is null" : e + " = " + param(Values.coerce(valueType, value, model, fieldName));
            case "iexact":
                return value == null ? e + " is null" : "lower(" + e + ") = lower(" + param(String.valueOf(value)) + ")";
            case "contains": case "icontains": case "startswith": case "istartswith": case "endswith": case "iendswith": {
                if (value == null) {
                    throw new FieldError("The " + lookup + " lookup needs a value (\"" + key + "\")");
                }
                String escaped = String.valueOf(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                String pattern = (lookup.endsWith("startswith") ? "" : "%") + escaped + (lookup.endsWith("endswith") ? "" : "%");
                boolean insensitive = lookup.startsWith("i");
                return (insensitive ? "lower(" + e + ")" : e) + " like " + (insensitive ? "lower(" + param(pattern) + ")" : param(pattern))
                        + " escape '\\'";
            }
            case "in": {
                Collection<?> values = asCollection(value, key);
                if (values.isEmpty()) {
                    return "1=0";
                }
                List<Object> coerced = new ArrayList<>();
                for (Object v : values) {
                    coerced.add(Values.coerce(valueType, v, model, fieldName));
                }
                return e + " in (" + param(coerced) + ")";
            }
            case "range": {
                Collection<?> values = asCollection(value, key);
                if (values.size() != 2) {
                    throw new FieldError("The range lookup needs two values [low, high] (\"" + key + "\")");
                }
                var it = values.iterator();
                return e + " between " + param(Values.coerce(valueType, it.next(), model, fieldName)) + " and "
                        + param(Values.coerce(valueType, it.next(), model, fieldName));
            }
            default: {
                if (value == null) {
                    throw new FieldError("The " + lookup + " lookup does not accept null (\"" + key + "\")");
                }
                String op = switch (lookup) {
                    case "gt" -> " > ";
                    case "gte" -> " >= ";
                    case "lt" -> " < ";
                    default -> " <= ";
                };
                return e + op + param(Values.coerce(valueType, value, model, fieldName));
            }
        }
    }

    private static Collection<?> asCollection(Object value, String key) {
        if (value instanceof Collection<?> c) {
            return c;
        }
        if (value instanceof Object[] a) {
            return java.util.Arrays.asList(a);
        }
        throw new FieldError("The lookup \"" + key + "\" needs a list of values, got " + value);
    }

    /** ORDER BY items for Django-style names ({@code "-published"}, {@code "author__username"}, annotation aliases). */
    String orderBy(List<String> ordering, String alias) {
        List<String> items = new ArrayList<>();
        for (String o : ordering) {
            boolean desc = o.startsWith("-");
            String name = desc || o.startsWith("+") ? o.substring(1) : o;
            if (name.isEmpty()) {
                throw new FieldError("Empty ordering name in orderBy(" + ordering + ")");
            }
            String expr;
            if (annotations.containsKey(name)) {
                expr = annotations.get(name);
            } else {
                Path p = resolve(name, alias, root, joins, orderJoins, true, "orderBy");
                if (!p.rest().isEmpty()) {
                    throw new FieldError("Cannot order by '" + o + "': '" + String.join("__", p.rest()) + "' is not a field of "
                            + p.owner().type().getSimpleName() + ". Fields: " + String.join(", ", p.owner().fields().keySet()));
                }
                expr = p.field().isRelation() ? p.expression() + "." + db.meta(p.field().target()).pk().name() : p.expression();
            }
            items.add(expr + (desc ? " desc" : " asc"));
        }
        return String.join(", ", items);
    }

    /** An aggregate over a field path, correlated to the root when it crosses a collection (for annotate). */
    String annotation(Aggregate a) {
        String[] tokens = a.field().split("__");
        FieldMeta first = root.field(tokens[0], "annotate(" + a.alias() + ")");
        String fn = a.function() + "(" + (a.distinct() ? "distinct " : "");
        if (first.isMultiValued()) {
            String x = newAlias("a");
            StringBuilder sub = new StringBuilder("(select ").append(fn);
            String expr = x;
            if (tokens.length > 1) {
                ModelMeta<?> target = db.meta(first.target());
                Path p = resolve(String.join("__", java.util.Arrays.copyOfRange(tokens, 1, tokens.length)), x, target,
                        new StringBuilder(), new HashMap<>(), false, "annotate");
                expr = p.expression();
            }
            return sub.append(expr).append(") from e.").append(first.name()).append(' ').append(x).append(')').toString();
        }
        throw new FieldError("annotate(" + a.function() + "(\"" + a.field() + "\")) needs a related collection of "
                + root.type().getSimpleName() + " (like comments); for a value over all rows use aggregate()");
    }

    /** The expression of an aggregate over the query's rows (for aggregate()). */
    String aggregateExpression(Aggregate a, Map<String, String> joinCache) {
        Path p = resolve(a.field(), "e", root, joins, joinCache, true, "aggregate");
        if (!p.rest().isEmpty()) {
            throw new FieldError("Cannot aggregate '" + a.field() + "': '" + String.join("__", p.rest()) + "' is not a field");
        }
        String expr = p.field().isRelation() ? p.expression() + "." + db.meta(p.field().target()).pk().name() : p.expression();
        return a.function() + "(" + (a.distinct() ? "distinct " : "") + expr + ")";
    }

    /** Expressions for values()/valuesList(). */
    Map<String, String> selections(List<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : names) {
            if (annotations.containsKey(n)) {
                out.put(n, annotations.get(n));
                continue;
            }
            Path p = resolve(n, "e", root, joins, orderJoins, true, "values");
            if (!p.rest().isEmpty()) {
                throw new FieldError("Cannot select '" + n + "': '" + String.join("__", p.rest()) + "' is not a field");
            }
            out.put(n, p.field().isRelation() ? p.expression() + "." + db.meta(p.field().target()).pk().name() : p.expression());
        }
        return out;
    }
}
