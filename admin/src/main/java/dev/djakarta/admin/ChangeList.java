package dev.djakarta.admin;

import dev.djakarta.db.FieldMeta;
import dev.djakarta.db.Manager;
import dev.djakarta.db.ModelMeta;
import dev.djakarta.db.Paginator;
import dev.djakarta.db.Q;
import dev.djakarta.db.QuerySet;
import dev.djakarta.forms.BoundField;
import dev.djakarta.forms.ModelForm;
import dev.djakarta.http.Params;
import dev.djakarta.http.Request;
import dev.djakarta.http.UrlCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one changelist request, Django's ChangeList: search ({@code q}), filters, ordering ({@code o=2.-1},
 * 1-based column numbers, {@code -} for descending) and page ({@code p}) read from the query string. Only parameters
 * it recognises and can parse are used; anything else is dropped, so a hostile query string changes nothing.
 */
final class ChangeList<T> {
    static final String SEARCH = "q";
    static final String ORDER = "o";
    static final String PAGE = "p";
    private static final int MAX_TERMS = 10;

    /** A column header: its sort link, current direction and priority (1 = primary) if sorted. */
    public record Header(String label, String sortUrl, String direction, int priority, String removeUrl) {
    }

    /** A cell; links go to the change form; {@code field} is set for a list-editable column. */
    public record Cell(String text, String url, BoundField field) {
    }

    /** One object's row; {@code pk} is the value of its checkbox; {@code prefix} names its list-editable inputs. */
    public record Row(String pk, List<Cell> cells, String prefix, List<String> errors) {
    }

    /** A link of the date drill-down. */
    public record DateLink(String label, String url) {
    }

    /** The date drill-down above the list: a link back up (null at the top) and the links one level down. */
    public record Hierarchy(String backLabel, String backUrl, List<DateLink> links) {
    }

    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("\\s+");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};

    /** A sidebar filter's link. */
    public record FilterLink(String label, String url, boolean selected) {
    }

    /** A sidebar filter. */
    public record Filter(String title, List<FilterLink> links) {
    }

    final Request request;
    final ModelAdmin<T> admin;
    final List<String> columns;
    final String query;
    final List<Integer> order = new ArrayList<>();
    final Map<String, String> kept = new LinkedHashMap<>();
    private final List<ListFilter> filters = new ArrayList<>();
    private final String dateField;
    private Integer year;
    private Integer month;
    private Integer day;
    private final Map<ListFilter, Map<String, Object>> filterValues = new LinkedHashMap<>();

    ChangeList(Request request, ModelAdmin<T> admin) {
        this.request = request;
        this.admin = admin;
        this.columns = admin.listDisplay();
        Params params = request.query();
        String q = params.get(SEARCH);
        this.query = q == null ? "" : q.strip().length() > 200 ? q.strip().substring(0, 200) : q.strip();
        if (!query.isEmpty() && !admin.searchFields().isEmpty()) {
            kept.put(SEARCH, query);
        }
        parseOrder(params.get(ORDER));
        if (!order.isEmpty()) {
            kept.put(ORDER, orderParam(order));
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (String name : params.names()) {
            raw.put(name, params.get(name));
        }
        ModelMeta<T> meta = admin.meta();
        this.dateField = admin.dateHierarchy();
        if (dateField != null) {
            Display.walk(meta, dateField);
            year = number(raw.get(dateField + "__year"), 1, 9999);
            month = year == null ? null : number(raw.get(dateField + "__month"), 1, 12);
            day = month == null ? null : number(raw.get(dateField + "__day"), 1, 31);
            if (year != null) {
                kept.put(dateField + "__year", year.toString());
            }
            if (month != null) {
                kept.put(dateField + "__month", month.toString());
            }
            if (day != null) {
                kept.put(dateField + "__day", day.toString());
            }
        }
        for (String f : admin.listFilter()) {
            ListFilter filter = new ListFilter(meta, f);
            filters.add(filter);
            Map<String, Object> values = filter.parse(raw);
            filterValues.put(filter, values);
            for (String p : values.keySet()) {
                kept.put(p, raw.get(p));
            }
        }
    }

    private static Integer number(String raw, int min, int max) {
        if (raw == null || raw.length() > 4) {
            return null;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            return n < min || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void parseOrder(String raw) {
        if (raw == null || raw.length() > 100) {
            return;
        }
        Set<Integer> seen = new LinkedHashSet<>();
        for (String part : raw.split("\\.")) {
            try {
                int n = Integer.parseInt(part);
                int index = Math.abs(n);
                if (n != 0 && index <= columns.size() && Display.orderField(admin, columns.get(index - 1)) != null && seen.add(index)) {
                    order.add(n);
                }
            } catch (NumberFormatException ignored) {
                // a malformed part is dropped, as Django does
            }
        }
    }

    private static String orderParam(List<Integer> order) {
        List<String> parts = new ArrayList<>();
        for (int n : order) {
            parts.add(Integer.toString(n));
        }
        return String.join(".", parts);
    }

    /** Every object of the filtered, searched, ordered list (not paginated). */
    QuerySet<T> queryset() {
        QuerySet<T> qs = Manager.of(admin.model()).all();
        for (Map.Entry<ListFilter, Map<String, Object>> e : filterValues.entrySet()) {
            qs = e.getKey().apply(qs, e.getValue());
        }
        if (kept.containsKey(SEARCH)) {
            qs = search(qs);
        }
        qs = byDate(qs, year, month, day);
        List<String> ordering = new ArrayList<>();
        for (int n : order) {
            String field = Display.orderField(admin, columns.get(Math.abs(n) - 1));
            ordering.add(n < 0 ? "-" + field : field);
        }
        if (ordering.isEmpty()) {
            ordering.addAll(admin.ordering());
        }
        if (!ordering.contains("pk") && !ordering.contains("-pk")) {
            ordering.add("-pk");
        }
        qs = qs.orderBy(ordering.toArray(String[]::new));
        Set<String> related = new LinkedHashSet<>();
        for (String c : columns) {
            if (admin.columns().containsKey(c) || c.equals("__str__")) {
                continue;
            }
            String first = c.split("__")[0];
            FieldMeta f = admin.meta().fields().get(first);
            if (f != null && f.isRelation() && !f.isMultiValued()) {
                related.add(first);
            }
        }
        return related.isEmpty() ? qs : qs.selectRelated(related.toArray(String[]::new));
    }

    private QuerySet<T> search(QuerySet<T> qs) {
        return search(admin, qs, query);
    }

    /**
     * Django's get_search_results: every word of {@code query} must match one of the admin's search fields
     * ({@code ^} starts with, {@code =} exactly, otherwise contains; case-insensitive). Used by the changelist and by
     * autocomplete.
     */
    static <T> QuerySet<T> search(ModelAdmin<T> admin, QuerySet<T> qs, String query) {
        String[] terms = WORDS.split(query.strip());
        boolean spansMany = false;
        for (int t = 0; t < Math.min(terms.length, MAX_TERMS); t++) {
            if (terms[t].isEmpty()) {
                continue;
            }
            Q any = null;
            for (String field : admin.searchFields()) {
                String lookup = field.startsWith("^") ? field.substring(1) + "__istartswith"
                        : field.startsWith("=") ? field.substring(1) + "__iexact"
                        : field.startsWith("@") ? field.substring(1) + "__icontains" : field + "__icontains";
                Q one = Q.of(lookup, terms[t]);
                any = any == null ? one : any.or(one);
                spansMany |= spansMany(admin, field.replaceFirst("^[\\^=@]", ""));
            }
            qs = qs.filter(any);
        }
        return spansMany ? qs.distinct() : qs;
    }

    private static boolean spansMany(ModelAdmin<?> admin, String path) {
        String[] parts = path.split("__");
        ModelMeta<?> meta = admin.meta();
        for (int i = 0; i < parts.length - 1; i++) {
            FieldMeta f = meta.field(parts[i], "ModelAdmin.searchFields");
            if (f.isMultiValued()) {
                return true;
            }
            meta = Manager.of(f.target()).meta();
        }
        return false;
    }

    private QuerySet<T> byDate(QuerySet<T> qs, Integer y, Integer m, Integer d) {
        if (y != null) {
            qs = qs.filter(dateField + "__year", y);
        }
        if (m != null) {
            qs = qs.filter(dateField + "__month", m);
        }
        if (d != null) {
            qs = qs.filter(dateField + "__day", d);
        }
        return qs;
    }

    /** The filtered, searched list before the date drill-down. */
    private QuerySet<T> undated() {
        QuerySet<T> qs = Manager.of(admin.model()).all();
        for (Map.Entry<ListFilter, Map<String, Object>> e : filterValues.entrySet()) {
            qs = e.getKey().apply(qs, e.getValue());
        }
        return kept.containsKey(SEARCH) ? search(qs) : qs;
    }

    /**
     * The date drill-down: the years that have objects, then that year's months, then that month's days (Django's
     * date_hierarchy), each link keeping the search and filters. Null when the admin has no date hierarchy.
     */
    Hierarchy hierarchy() {
        if (dateField == null) {
            return null;
        }
        QuerySet<T> base = undated().filter(dateField + "__isnull", false);
        String y = dateField + "__year";
        String mo = dateField + "__month";
        String d = dateField + "__day";
        List<DateLink> links = new ArrayList<>();
        if (year == null) {
            Map<String, Object> range = base.aggregate(dev.djakarta.db.Aggregate.min(dateField), dev.djakarta.db.Aggregate.max(dateField));
            java.time.LocalDate first = toDate(range.get(dateField + "__min"));
            java.time.LocalDate last = toDate(range.get(dateField + "__max"));
            if (first != null && last != null) {
                for (int n = last.getYear(); n >= first.getYear() && links.size() < 50; n--) {
                    if (n == first.getYear() || n == last.getYear() || byDate(base, n, null, null).exists()) {
                        links.add(new DateLink(Integer.toString(n), url(changes(y, Integer.toString(n), mo, null, d, null))));
                    }
                }
                java.util.Collections.reverse(links);
            }
            return new Hierarchy(null, null, links);
        }
        if (month == null) {
            for (int n = 1; n <= 12; n++) {
                if (byDate(base, year, n, null).exists()) {
                    links.add(new DateLink(MONTHS[n - 1] + " " + year, url(changes(y, year.toString(), mo, Integer.toString(n), d, null))));
                }
            }
            return new Hierarchy("All dates", url(changes(y, null, mo, null, d, null)), links);
        }
        if (day == null) {
            java.util.TreeSet<Integer> days = new java.util.TreeSet<>();
            for (Object v : byDate(base, year, month, null).limit(10_000).valuesListFlat(dateField)) {
                java.time.LocalDate date = toDate(v);
                if (date != null) {
                    days.add(date.getDayOfMonth());
                }
            }
            for (int n : days) {
                links.add(new DateLink(MONTHS[month - 1] + " " + n, url(changes(y, year.toString(), mo, month.toString(), d, Integer.toString(n)))));
            }
            return new Hierarchy(year.toString(), url(changes(y, year.toString(), mo, null, d, null)), links);
        }
        return new Hierarchy(MONTHS[month - 1] + " " + year, url(changes(y, year.toString(), mo, month.toString(), d, null)),
                List.of(new DateLink(MONTHS[month - 1] + " " + day + ", " + year, null)));
    }

    private static Map<String, String> changes(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static java.time.LocalDate toDate(Object v) {
        if (v instanceof java.time.LocalDate d) {
            return d;
        }
        if (v instanceof java.time.LocalDateTime dt) {
            return dt.toLocalDate();
        }
        if (v instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (v instanceof java.time.OffsetDateTime o) {
            return o.toLocalDate();
        }
        if (v instanceof java.util.Date date) {
            return date.toInstant().atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return null;
    }

    long fullCount() {
        return Manager.of(admin.model()).count();
    }

    Paginator<T> paginator() {
        return new Paginator<>(queryset(), admin.listPerPage());
    }

    /** The page number asked for, clamped to the pages there are (a malformed one is the first). */
    int pageNumber(Paginator<T> paginator) {
        int n;
        try {
            n = Integer.parseInt(request.query().get(PAGE, "1"));
        } catch (NumberFormatException e) {
            n = 1;
        }
        return Math.max(1, Math.min(n, paginator.numPages()));
    }

    List<Header> headers() {
        List<Header> out = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
            String name = columns.get(i - 1);
            String label = Display.label(admin, name);
            if (Display.orderField(admin, name) == null) {
                out.add(new Header(label, null, null, 0, null));
                continue;
            }
            int position = -1;
            for (int j = 0; j < order.size(); j++) {
                if (Math.abs(order.get(j)) == i) {
                    position = j;
                }
            }
            String direction = position < 0 ? null : order.get(position) > 0 ? "ascending" : "descending";
            List<Integer> toggled = new ArrayList<>();
            toggled.add(position == 0 && order.get(0) > 0 ? -i : i);
            List<Integer> removed = new ArrayList<>();
            for (int n : order) {
                if (Math.abs(n) != i) {
                    toggled.add(n);
                    removed.add(n);
                }
            }
            out.add(new Header(label, url(Map.of(ORDER, orderParam(toggled))), direction, position + 1,
                    position < 0 ? null : url(removed.isEmpty() ? mapOfNull(ORDER) : Map.of(ORDER, orderParam(removed)))));
        }
        return out;
    }

    private static Map<String, String> mapOfNull(String key) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(key, null);
        return m;
    }

    List<Filter> filters() {
        List<Filter> out = new ArrayList<>();
        for (ListFilter f : filters) {
            List<FilterLink> links = new ArrayList<>();
            for (ListFilter.Option o : f.options(kept)) {
                links.add(new FilterLink(o.label(), url(o.params()), o.selected()));
            }
            out.add(new Filter(f.title, links));
        }
        return out;
    }

    List<Row> rows(List<T> objects, Map<String, ModelForm<T>> bound) {
        List<String> links = admin.listDisplayLinks();
        List<String> editable = editableColumns();
        List<Row> out = new ArrayList<>();
        int i = 0;
        for (T o : objects) {
            String pk = Entities.pkString(o);
            String change = AdminSite.modelUrl(request, admin, "change", pk);
            ModelForm<T> form = null;
            if (!editable.isEmpty()) {
                form = bound.get(pk);
                if (form == null) {
                    form = editableForm(i).instance(o);
                }
            }
            List<Cell> cells = new ArrayList<>();
            for (String c : columns) {
                BoundField field = form != null && editable.contains(c) ? form.field(c) : null;
                cells.add(new Cell(Display.text(Display.value(admin, o, c)), links.contains(c) ? change : null, field));
            }
            out.add(new Row(pk, cells, form == null ? null : form.prefix(), form == null ? List.of() : form.nonFieldErrors()));
            i++;
        }
        return out;
    }

    /** The list-editable columns, checked against the list display. */
    List<String> editableColumns() {
        List<String> editable = admin.listEditable();
        for (String name : editable) {
            if (!columns.contains(name) || admin.listDisplayLinks().contains(name) || !admin.meta().fields().containsKey(name)) {
                throw new IllegalStateException("ModelAdmin(" + admin.model().getSimpleName() + ").listEditable(\"" + name + "\"): it must be a "
                        + "field of the model listed in listDisplay " + columns + " and not a link column " + admin.listDisplayLinks());
            }
        }
        return editable;
    }

    /** The list-editable form of row {@code index} ({@code form-<index>-<field>}, as Django names them). */
    ModelForm<T> editableForm(int index) {
        return ModelForm.of(admin.model(), admin.listEditable().toArray(String[]::new)).prefix("form-" + index);
    }

    /** This changelist's URL with {@code changes} applied (null removes a parameter); the page is reset. */
    String url(Map<String, String> changes) {
        Map<String, String> params = new LinkedHashMap<>(kept);
        params.putAll(changes);
        params.values().removeIf(v -> v == null);
        return "?" + encode(params);
    }

    String pageUrl(int page) {
        Map<String, String> params = new LinkedHashMap<>(kept);
        params.put(PAGE, Integer.toString(page));
        return "?" + encode(params);
    }

    /** The kept parameters as a query string (empty when none). */
    String queryString() {
        return encode(kept);
    }

    private static String encode(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(UrlCodec.encodeQueryComponent(k)).append('=').append(UrlCodec.encodeQueryComponent(v));
        });
        return sb.toString();
    }
}
