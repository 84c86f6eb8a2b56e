package dev.djakarta.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.SelectionQuery;

/**
 * A lazy, immutable query, Django's QuerySet. Every method that refines it ({@link #filter}, {@link #exclude},
 * {@link #orderBy}, {@link #limit}, ...) returns a new QuerySet; nothing runs until it is evaluated
 * ({@link #list}, iteration, {@link #get}, {@link #count}, {@link #exists}, ...). A queryset caches its rows
 * after the first evaluation, like Django's; refine it to query again.
 *
 * <p>Lookups are Django's: {@code filter("title__icontains", "java", "published__year", 2024)},
 * {@code filter(Q.of(...).or(...))}, relation spans {@code author__username}. Field names are checked against the
 * model's metadata before any SQL exists; values are always bound parameters.
 *
 * <p>Not thread-safe (like the session it reads from).
 */
public final class QuerySet<T> implements Iterable<T> {
    /** Django's MAX_GET_RESULTS: how many rows get() fetches to report "more than one". */
    private static final int MAX_GET_RESULTS = 21;

    private final Database db;
    private final ModelMeta<T> meta;
    private final List<Q> filters;
    private final List<Q> excludes;
    private final List<String> ordering;
    private final int offset;
    private final int limit;
    private final List<String> selectRelated;
    private final List<String> prefetchRelated;
    private final Map<String, Aggregate> annotations;
    private final boolean distinct;
    private final boolean none;
    private List<T> cache;

    QuerySet(Database db, ModelMeta<T> meta) {
        this(db, meta, List.of(), List.of(), null, 0, -1, List.of(), List.of(), Map.of(), false, false);
    }

    private QuerySet(Database db, ModelMeta<T> meta, List<Q> filters, List<Q> excludes, List<String> ordering, int offset,
                     int limit, List<String> selectRelated, List<String> prefetchRelated, Map<String, Aggregate> annotations,
                     boolean distinct, boolean none) {
        this.db = db;
        this.meta = meta;
        this.filters = filters;
        this.excludes = excludes;
        this.ordering = ordering;
        this.offset = offset;
        this.limit = limit;
        this.selectRelated = selectRelated;
        this.prefetchRelated = prefetchRelated;
        this.annotations = annotations;
        this.distinct = distinct;
        this.none = none;
    }

    private QuerySet<T> copy(List<Q> f, List<Q> x, List<String> o, int off, int lim, List<String> sr, List<String> pr,
                             Map<String, Aggregate> an, boolean d, boolean n) {
        return new QuerySet<>(db, meta, f, x, o, off, lim, sr, pr, an, d, n);
    }

    private static <E> List<E> plus(List<E> list, E item) {
        List<E> out = new ArrayList<>(list);
        out.add(item);
        return List.copyOf(out);
    }

    // ---- refining -------------------------------------------------------------------------------------------

    /** Rows matching all lookups, given as alternating keys and values. */
    public QuerySet<T> filter(Object... keysAndValues) {
        return keysAndValues.length == 0 ? this : filter(Q.of(keysAndValues));
    }

    /** Rows matching {@code q}. */
    public QuerySet<T> filter(Q q) {
        return copy(plus(filters, q), excludes, ordering, offset, limit, selectRelated, prefetchRelated, annotations, distinct, none);
    }

    /** Rows not matching all the lookups (rows where a field is NULL are kept, as in Django). */
    public QuerySet<T> exclude(Object... keysAndValues) {
        return exclude(Q.of(keysAndValues));
    }

    public QuerySet<T> exclude(Q q) {
        return copy(filters, plus(excludes, q), ordering, offset, limit, selectRelated, prefetchRelated, annotations, distinct, none);
    }

    /** Orders by fields; {@code "-field"} descends; spans relations; no arguments clears the ordering. */
    public QuerySet<T> orderBy(String... fields) {
        return copy(filters, excludes, List.of(fields), offset, limit, selectRelated, prefetchRelated, annotations, distinct, none);
    }

    /** The same query in the opposite order. */
    public QuerySet<T> reverse() {
        List<String> reversed = new ArrayList<>();
        for (String o : effectiveOrdering(true)) {
            reversed.add(o.startsWith("-") ? o.substring(1) : "-" + o);
        }
        return orderBy(reversed.toArray(String[]::new));
    }

    /** At most {@code n} rows (SQL LIMIT). */
    public QuerySet<T> limit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Negative limit " + n);
        }
        return copy(filters, excludes, ordering, offset, limit < 0 ? n : Math.min(n, limit), selectRelated, prefetchRelated,
                annotations, distinct, none);
    }

    /** Skips {@code n} rows (SQL OFFSET). */
    public QuerySet<T> offset(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Negative offset " + n + " (Django does not support negative indexing either)");
        }
        return copy(filters, excludes, ordering, offset + n, limit < 0 ? -1 : Math.max(0, limit - n), selectRelated,
                prefetchRelated, annotations, distinct, none);
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive): Django's {@code qs[from:to]}. */
    public QuerySet<T> slice(int from, int to) {
        if (to < from) {
            throw new IllegalArgumentException("slice(" + from + ", " + to + "): end before start");
        }
        return offset(from).limit(to - from);
    }

    /** Fetches the named single-valued relations in the same query (SQL join). */
    public QuerySet<T> selectRelated(String... relations) {
        for (String r : relations) {
            FieldMeta f = meta.field(r.split("__")[0], "selectRelated");
            if (!f.isRelation() || f.isMultiValued()) {
                throw new FieldError("selectRelated(\"" + r + "\"): '" + f.name() + "' is not a single-valued relation of "
                        + meta.type().getSimpleName() + "; use prefetchRelated for collections");
            }
        }
        List<String> all = new ArrayList<>(selectRelated);
        all.addAll(List.of(relations));
        return copy(filters, excludes, ordering, offset, limit, List.copyOf(all), prefetchRelated, annotations, distinct, none);
    }

    /** Loads the named relations of all rows with one extra query per relation (not one per row). */
    public QuerySet<T> prefetchRelated(String... relations) {
        for (String r : relations) {
            FieldMeta f = meta.field(r, "prefetchRelated");
            if (!f.isRelation() && f.kind() != FieldMeta.Kind.ELEMENT_COLLECTION) {
                throw new FieldError("prefetchRelated(\"" + r + "\"): '" + r + "' is not a relation of " + meta.type().getSimpleName());
            }
        }
        List<String> all = new ArrayList<>(prefetchRelated);
        all.addAll(List.of(relations));
        return copy(filters, excludes, ordering, offset, limit, selectRelated, List.copyOf(all), annotations, distinct, none);
    }

    /** Adds a computed value per row, e.g. {@code annotate(Aggregate.count("comments").as("num_comments"))}. */
    public QuerySet<T> annotate(Aggregate... aggregates) {
        Map<String, Aggregate> all = new LinkedHashMap<>(annotations);
        for (Aggregate a : aggregates) {
            if (meta.fields().containsKey(a.alias())) {
                throw new FieldError("The annotation '" + a.alias() + "' conflicts with a field on " + meta.type().getSimpleName());
            }
            all.put(a.alias(), a);
        }
        return copy(filters, excludes, ordering, offset, limit, selectRelated, prefetchRelated, Collections.unmodifiableMap(all),
                distinct, none);
    }

    /** Removes duplicate rows (after joins over collections). */
    public QuerySet<T> distinct() {
        return copy(filters, excludes, ordering, offset, limit, selectRelated, prefetchRelated, annotations, true, none);
    }

    /** A queryset that matches nothing and never queries. */
    public QuerySet<T> none() {
        return copy(filters, excludes, ordering, offset, limit, selectRelated, prefetchRelated, annotations, distinct, true);
    }

    // ---- compiling ------------------------------------------------------------------------------------------

    private List<String> effectiveOrdering(boolean forcePk) {
        List<String> o = ordering != null ? ordering : meta.ordering();
        return o.isEmpty() && forcePk ? List.of(meta.pk().name()) : o;
    }

    private record Compiled(String hql, List<Object> params) {
    }

    /**
     * Builds the HQL: annotations, filters, excludes, ordering and fetch joins, then the SELECT list from
     * {@code select} (called last, so selections can add joins of their own).
     */
    private Compiled compile(java.util.function.Function<QueryCompiler, String> select, boolean ordered, boolean forcePk,
                             boolean withFetch) {
        Map<String, String> annotationExprs = new LinkedHashMap<>();
        QueryCompiler c = new QueryCompiler(db, meta, annotationExprs);
        for (Aggregate a : annotations.values()) {
            annotationExprs.put(a.alias(), c.annotation(a));
        }
        List<String> conditions = new ArrayList<>();
        for (Q q : filters) {
            conditions.add(c.where(q, "e", meta, c.joins, new HashMap<>(), "filter()"));
        }
        for (Q q : excludes) {
            conditions.add("e." + meta.pk().name() + " not in (" + c.subquery(q, meta, "exclude()") + ")");
        }
        String order = ordered ? c.orderBy(effectiveOrdering(forcePk), "e") : "";
        String fetch = withFetch ? fetchJoins(c) : "";
        String selection = select.apply(c);
        StringBuilder hql = new StringBuilder("select ").append(selection).append(" from ").append(meta.entityName()).append(" e")
                .append(fetch).append(c.joins);
        if (!conditions.isEmpty()) {
            hql.append(" where ").append(String.join(" and ", conditions));
        }
        if (!order.isEmpty()) {
            hql.append(" order by ").append(order);
        }
        return new Compiled(hql.toString(), c.params);
    }

    private String fetchJoins(QueryCompiler c) {
        StringBuilder fetch = new StringBuilder();
        Map<String, String> fetched = new HashMap<>();
        for (String path : selectRelated) {
            String parent = "e";
            ModelMeta<?> current = meta;
            StringBuilder sofar = new StringBuilder();
            for (String part : path.split("__")) {
                FieldMeta f = current.field(part, "selectRelated(\"" + path + "\")");
                if (!f.isRelation() || f.isMultiValued()) {
                    throw new FieldError("selectRelated(\"" + path + "\"): '" + part + "' is not a single-valued relation");
                }
                sofar.append(sofar.length() == 0 ? "" : "__").append(part);
                String alias = fetched.get(sofar.toString());
                if (alias == null) {
                    alias = c.newAlias("f");
                    fetch.append(" left join fetch ").append(parent).append('.').append(f.name()).append(' ').append(alias);
                    fetched.put(sofar.toString(), alias);
                }
                parent = alias;
                current = db.meta(f.target());
            }
        }
        return fetch.toString();
    }

    private String entities() {
        return (distinct ? "distinct " : "") + "e";
    }

    private <R> SelectionQuery<R> query(Compiled compiled, Class<R> type, int first, int max) {
        SelectionQuery<R> q = db.session().createSelectionQuery(compiled.hql(), type);
        for (int i = 0; i < compiled.params().size(); i++) {
            Object v = compiled.params().get(i);
            if (v instanceof java.util.Collection<?> col) {
                q.setParameterList(i + 1, col);
            } else {
                q.setParameter(i + 1, v);
            }
        }
        if (first > 0) {
            q.setFirstResult(first);
        }
        if (max >= 0) {
            q.setMaxResults(max);
        }
        return q;
    }

    /** The HQL this queryset runs (for debugging and tests). */
    public String hql() {
        return compile(c -> entities(), true, false, true).hql();
    }

    // ---- evaluating -----------------------------------------------------------------------------------------

    /** The rows, in order. Runs the query once; later calls return the cached list. */
    public List<T> list() {
        if (cache == null) {
            cache = fetch();
        }
        return cache;
    }

    private List<T> fetch() {
        if (none || limit == 0) {
            return List.of();
        }
        List<T> rows;
        if (annotations.isEmpty()) {
            rows = query(compile(c -> entities(), true, false, true), meta.type(), offset, limit).getResultList();
        } else {
            rows = new ArrayList<>();
            for (Row<T> r : annotated()) {
                rows.add(r.object());
            }
        }
        prefetch(rows);
        return Collections.unmodifiableList(rows);
    }

    /** The rows with their annotation values. */
    public List<Row<T>> annotated() {
        if (none || limit == 0) {
            return List.of();
        }
        List<Object[]> raw = query(compile(c -> entities() + ", " + String.join(", ", c.annotationExpressions().values()),
                true, false, true), Object[].class, offset, limit).getResultList();
        List<Row<T>> rows = new ArrayList<>(raw.size());
        List<T> objects = new ArrayList<>(raw.size());
        for (Object[] r : raw) {
            Map<String, Object> values = new LinkedHashMap<>();
            int i = 1;
            for (String alias : annotations.keySet()) {
                values.put(alias, r[i++]);
            }
            T object = meta.type().cast(r[0]);
            objects.add(object);
            rows.add(new Row<>(object, Collections.unmodifiableMap(values)));
        }
        prefetch(objects);
        return Collections.unmodifiableList(rows);
    }

    private void prefetch(List<T> rows) {
        if (rows.isEmpty() || prefetchRelated.isEmpty()) {
            return;
        }
        Session s = db.session();
        for (String relation : prefetchRelated) {
            for (int from = 0; from < rows.size(); from += 1000) {
                List<T> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
                s.createSelectionQuery("select distinct e from " + meta.entityName() + " e left join fetch e." + relation
                        + " where e in (?1)", meta.type()).setParameterList(1, chunk).getResultList();
            }
        }
    }

    @Override
    public Iterator<T> iterator() {
        return list().iterator();
    }

    public Stream<T> stream() {
        return list().stream();
    }

    /**
     * The one row matching the lookups.
     *
     * @throws ObjectDoesNotExist      when none matches (a 404 if not caught)
     * @throws MultipleObjectsReturned when more than one matches
     */
    public T get(Object... keysAndValues) {
        T byKey = findByPrimaryKey(keysAndValues);
        if (byKey != null) {
            return byKey;
        }
        List<T> rows = filter(keysAndValues).orderBy().limitForGet();
        if (rows.isEmpty()) {
            throw new ObjectDoesNotExist(meta.type().getSimpleName() + " matching query does not exist.");
        }
        if (rows.size() > 1) {
            throw new MultipleObjectsReturned("get() returned more than one " + meta.type().getSimpleName() + " -- it returned "
                    + (rows.size() >= MAX_GET_RESULTS ? "more than " + (MAX_GET_RESULTS - 1) : rows.size()) + "!");
        }
        return rows.get(0);
    }

    /**
     * {@code get("pk", id)} / {@code get("id", id)} on an unrefined queryset is a primary-key load: answered from the
     * session when the object is already loaded, else one SELECT by key (no query compilation). Null when the
     * lookup is anything else; throws ObjectDoesNotExist when the key matches nothing.
     */
    private T findByPrimaryKey(Object[] keysAndValues) {
        if (keysAndValues.length != 2 || !filters.isEmpty() || !excludes.isEmpty() || none || offset > 0 || limit >= 0
                || !selectRelated.isEmpty() || !prefetchRelated.isEmpty() || !annotations.isEmpty() || distinct) {
            return null;
        }
        Object key = keysAndValues[0];
        if (!("pk".equals(key) || meta.pk().name().equals(key) || (meta.pk().name() + "__exact").equals(key))) {
            return null;
        }
        Object id = Values.coerce(meta.pk().type(), keysAndValues[1], meta.type().getSimpleName(), meta.pk().name());
        if (id == null) {
            throw new ObjectDoesNotExist(meta.type().getSimpleName() + " matching query does not exist.");
        }
        T found = db.session().find(meta.type(), id);
        if (found == null) {
            throw new ObjectDoesNotExist(meta.type().getSimpleName() + " matching query does not exist.");
        }
        return found;
    }

    private List<T> limitForGet() {
        return limit(limit < 0 ? MAX_GET_RESULTS : Math.min(limit, MAX_GET_RESULTS)).list();
    }

    /** The first row by the ordering (or the primary key), or null. */
    public T first() {
        List<T> rows = (ordering == null && meta.ordering().isEmpty() ? orderBy(meta.pk().name()) : this).limit(1).list();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The last row by the ordering (or the primary key), or null. */
    public T last() {
        List<T> rows = reverse().limit(1).list();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The number of rows, with a COUNT query (or the cache's size when already evaluated). */
    public long count() {
        if (cache != null) {
            return cache.size();
        }
        if (none || limit == 0) {
            return 0;
        }
        if (offset > 0 || limit >= 0) {
            return query(compile(c -> "e." + meta.pk().name(), true, false, false), Object.class, offset, limit).getResultList().size();
        }
        return query(compile(c -> distinct ? "count(distinct e)" : "count(e)", false, false, false), Long.class, 0, -1).getSingleResult();
    }

    /** True when at least one row matches (fetches at most one id). */
    public boolean exists() {
        if (cache != null) {
            return !cache.isEmpty();
        }
        if (none || limit == 0) {
            return false;
        }
        return !query(compile(c -> "e." + meta.pk().name(), false, false, false), Object.class, offset, 1).getResultList().isEmpty();
    }

    /** Selected fields (spans allowed) per row, as maps keyed by the given names. */
    public List<Map<String, Object>> values(String... fields) {
        List<String> names = fields.length == 0 ? new ArrayList<>(meta.fields().keySet().stream()
                .filter(n -> !meta.fields().get(n).isMultiValued()).toList()) : List.of(fields);
        List<Object[]> raw = selectValues(names);
        List<Map<String, Object>> out = new ArrayList<>(raw.size());
        for (Object[] r : raw) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                m.put(names.get(i), r[i]);
            }
            out.add(Collections.unmodifiableMap(m));
        }
        return Collections.unmodifiableList(out);
    }

    /** Selected fields per row as arrays, in the given order. */
    public List<Object[]> valuesList(String... fields) {
        if (fields.length == 0) {
            throw new IllegalArgumentException("valuesList needs at least one field name");
        }
        return Collections.unmodifiableList(selectValues(List.of(fields)));
    }

    /** One field per row: Django's {@code values_list("id", flat=True)}. */
    public List<Object> valuesListFlat(String field) {
        List<Object> out = new ArrayList<>();
        for (Object[] r : selectValues(List.of(field))) {
            out.add(r[0]);
        }
        return Collections.unmodifiableList(out);
    }

    private List<Object[]> selectValues(List<String> names) {
        if (none || limit == 0) {
            return List.of();
        }
        Compiled compiled = compile(c -> (distinct ? "distinct " : "") + String.join(", ", c.selections(names).values()),
                true, false, false);
        List<Object[]> rows = new ArrayList<>();
        for (Object r : query(compiled, Object.class, offset, limit).getResultList()) {
            rows.add(r instanceof Object[] a ? a : new Object[] {r});
        }
        return rows;
    }

    /** Aggregates over the matching rows: {@code aggregate(Aggregate.avg("rating"))} gives {@code {rating__avg=4.2}}. */
    public Map<String, Object> aggregate(Aggregate... aggregates) {
        if (aggregates.length == 0) {
            throw new IllegalArgumentException("aggregate() needs at least one Aggregate");
        }
        Compiled compiled = compile(c -> {
            List<String> exprs = new ArrayList<>();
            Map<String, String> joinCache = new HashMap<>();
            for (Aggregate a : aggregates) {
                exprs.add(c.aggregateExpression(a, joinCache));
            }
            return String.join(", ", exprs);
        }, false, false, false);
        Map<String, Object> out = new LinkedHashMap<>();
        if (none) {
            for (Aggregate a : aggregates) {
                out.put(a.alias(), a.function().equals("count") ? 0L : null);
            }
            return out;
        }
        Object result = query(compiled, Object.class, 0, -1).getSingleResult();
        Object[] values = result instanceof Object[] a ? a : new Object[] {result};
        for (int i = 0; i < aggregates.length; i++) {
            out.put(aggregates[i].alias(), values[i]);
        }
        return out;
    }

    // ---- writing --------------------------------------------------------------------------------------------

    /**
     * Sets fields on every matching row in the database with one UPDATE per 1,000 rows (no entity callbacks, like
     * Django's update()). Objects of this model already loaded in the current session are refreshed.
     *
     * @return the number of rows updated
     */
    public int update(Object... fieldsAndValues) {
        if (fieldsAndValues.length == 0 || fieldsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("update() takes (\"field\", value) pairs");
        }
        Map<String, Object> sets = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            String name = (String) fieldsAndValues[i];
            FieldMeta f = meta.field(name, "update()");
            if (f.isMultiValued() || f.isId()) {
                throw new FieldError("update() cannot set '" + name + "' of " + meta.type().getSimpleName()
                        + (f.isId() ? ": it is the primary key" : ": it is a collection"));
            }
            Object v = fieldsAndValues[i + 1];
            if (f.isRelation()) {
                ModelMeta<?> target = db.meta(f.target());
                v = v == null ? null : target.type().isInstance(v) ? v
                        : db.session().getReference(target.type(), Values.coerce(target.pk().type(), v, target.type().getSimpleName(), "pk"));
            } else {
                v = Values.coerce(f.type(), v, meta.type().getSimpleName(), name);
            }
            sets.put(f.name(), v);
        }
        List<Object> ids = valuesListFlat(meta.pk().name());
        if (ids.isEmpty()) {
            return 0;
        }
        return db.write(() -> {
            Session s = db.session();
            s.flush();
            int total = 0;
            StringBuilder hql = new StringBuilder("update ").append(meta.entityName()).append(" e set ");
            int p = 1;
            List<String> assignments = new ArrayList<>();
            for (String name : sets.keySet()) {
                assignments.add("e." + name + " = ?" + p++);
            }
            hql.append(String.join(", ", assignments)).append(" where e.").append(meta.pk().name()).append(" in (?").append(p).append(')');
            for (int from = 0; from < ids.size(); from += 1000) {
                var q = s.createMutationQuery(hql.toString());
                int i = 1;
                for (Object v : sets.values()) {
                    q.setParameter(i++, v);
                }
                q.setParameterList(i, ids.subList(from, Math.min(ids.size(), from + 1000)));
                total += q.executeUpdate();
            }
            refreshLoaded(s, ids);
            return total;
        });
    }

    private void refreshLoaded(Session s, List<Object> ids) {
        SessionImplementor si = s.unwrap(SessionImplementor.class);
        EntityPersister persister = si.getFactory().getMappingMetamodel().getEntityDescriptor(meta.type());
        for (Object id : ids) {
            Object loaded = si.getPersistenceContextInternal().getEntity(new EntityKey(id, persister));
            if (loaded != null) {
                s.refresh(loaded);
            }
        }
    }

    /**
     * Deletes every matching object through the session (so JPA cascades and callbacks apply), in one transaction.
     *
     * @return the number of objects deleted
     */
    public int delete() {
        if (limit >= 0 || offset > 0) {
            throw new IllegalStateException("Cannot use limit/offset with delete(), as in Django; filter the rows instead");
        }
        return db.write(() -> {
            Session s = db.session();
            List<T> rows = orderBy().fetch();
            for (T row : rows) {
                s.remove(row);
            }
            s.flush();
            return rows.size();
        });
    }

    public ModelMeta<T> meta() {
        return meta;
    }

    @Override
    public String toString() {
        return "QuerySet<" + meta.type().getSimpleName() + ">[" + hql() + "]";
    }
}
