package dev.djakarta.admin;

import dev.djakarta.db.FieldMeta;
import dev.djakarta.db.Manager;
import dev.djakarta.db.ModelMeta;
import dev.djakarta.db.QuerySet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One sidebar filter of the changelist, derived from the field's type as Django's FieldListFilter: booleans
 * ({@code flag__exact=1}), enums ({@code status__exact=PUBLISHED}), foreign keys ({@code author__id__exact=3}),
 * dates ({@code published__gte=2024-01-01&published__lt=2024-02-01}) and other values ({@code name__exact=x}).
 * Values are parsed to the field's type; a value that does not parse is ignored, so no parameter reaches a query
 * unchecked.
 */
final class ListFilter {
    enum Type { BOOLEAN, ENUM, RELATION, DATE, VALUE }

    /** A link of the filter: its text and the parameters it sets (null values remove them). */
    record Option(String label, Map<String, String> params, boolean selected) {
    }

    final String field;
    final String title;
    final Type type;
    private final FieldMeta meta;
    private final String exactParam;
    private final Class<?> owner;

    ListFilter(ModelMeta<?> model, String field) {
        this.field = field;
        this.owner = model.type();
        this.meta = model.field(field, "ModelAdmin.listFilter");
        this.title = Display.humanize(field);
        Class<?> t = meta.type();
        if (meta.isRelation() && !meta.isMultiValued()) {
            type = Type.RELATION;
            exactParam = field + "__" + Manager.of(meta.target()).meta().pk().name() + "__exact";
        } else if (t == Boolean.class) {
            type = Type.BOOLEAN;
            exactParam = field + "__exact";
        } else if (t.isEnum()) {
            type = Type.ENUM;
            exactParam = field + "__exact";
        } else if (t == LocalDate.class || t == LocalDateTime.class || t == Instant.class) {
            type = Type.DATE;
            exactParam = null;
        } else if (!meta.isMultiValued() && (t == String.class || t == Integer.class || t == Long.class || t == Short.class)) {
            type = Type.VALUE;
            exactParam = field + "__exact";
        } else {
            throw new IllegalArgumentException("Cannot filter " + model.type().getSimpleName() + " by '" + field + "' (" + meta
                    + "): list filters take booleans, enums, foreign keys, dates, strings and integers");
        }
    }

    /** The query parameters this filter owns. */
    List<String> params() {
        return type == Type.DATE ? List.of(field + "__gte", field + "__lt") : List.of(exactParam);
    }

    /** The parsed, valid values of this filter's parameters among {@code raw} (others dropped). */
    Map<String, Object> parse(Map<String, String> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String p : params()) {
            String v = raw.get(p);
            if (v == null || v.length() > 100) {
                continue;
            }
            Object value = convert(v);
            if (value != null) {
                out.put(p, value);
            }
        }
        return out;
    }

    private Object convert(String v) {
        try {
            switch (type) {
                case BOOLEAN:
                    return v.equals("1") || v.equalsIgnoreCase("true") ? Boolean.TRUE : v.equals("0") || v.equalsIgnoreCase("false") ? Boolean.FALSE : null;
                case ENUM:
                    for (Object c : meta.type().getEnumConstants()) {
                        if (((Enum<?>) c).name().equals(v)) {
                            return c;
                        }
                    }
                    return null;
                case RELATION:
                    return Entities.parsePk(Manager.of(meta.target()).meta(), v);
                case DATE:
                    LocalDate d = LocalDate.parse(v);
                    return meta.type() == LocalDate.class ? d : meta.type() == LocalDateTime.class ? d.atStartOfDay()
                            : d.atStartOfDay(ZoneOffset.UTC).toInstant();
                default:
                    return meta.type() == String.class ? v : meta.type() == Integer.class ? Integer.valueOf(v)
                            : meta.type() == Short.class ? Short.valueOf(v) : Long.valueOf(v);
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Narrows the queryset by the parsed values of {@link #parse}. */
    <T> QuerySet<T> apply(QuerySet<T> qs, Map<String, Object> values) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String p = e.getKey();
            if (type == Type.DATE) {
                qs = qs.filter(p, e.getValue());
            } else {
                qs = qs.filter(field, e.getValue());
            }
        }
        return qs;
    }

    /** The links of the sidebar, "All" first. */
    List<Option> options(Map<String, String> current) {
        List<Option> out = new ArrayList<>();
        Map<String, String> none = new LinkedHashMap<>();
        for (String p : params()) {
            none.put(p, null);
        }
        boolean anySelected = params().stream().anyMatch(current::containsKey);
        out.add(new Option(type == Type.DATE ? "Any date" : "All", none, !anySelected));
        switch (type) {
            case BOOLEAN -> {
                out.add(exact("Yes", "1", current));
                out.add(exact("No", "0", current));
            }
            case ENUM -> {
                for (Object c : meta.type().getEnumConstants()) {
                    out.add(exact(Display.humanize(((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT)), ((Enum<?>) c).name(), current));
                }
            }
            case RELATION -> {
                for (Object o : Manager.of(meta.target()).all().limit(100).list()) {
                    out.add(exact(AdminSite.repr(o), Entities.pkString(o), current));
                }
            }
            case VALUE -> {
                TreeSet<String> values = new TreeSet<>();
                for (Object v : Manager.of(owner).all().valuesListFlat(field)) {
                    if (v != null && values.size() < 100) {
                        values.add(v.toString());
                    }
                }
                for (String v : values) {
                    out.add(exact(v, v, current));
                }
            }
            case DATE -> {
                LocalDate today = LocalDate.now(ZoneOffset.UTC);
                out.add(range("Today", today, today.plusDays(1), current));
                out.add(range("Past 7 days", today.minusDays(7), today.plusDays(1), current));
                out.add(range("This month", today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1), current));
                out.add(range("This year", today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1), current));
            }
        }
        return out;
    }

    private Option exact(String label, String value, Map<String, String> current) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(exactParam, value);
        return new Option(label, p, value.equals(current.get(exactParam)));
    }

    private Option range(String label, LocalDate from, LocalDate to, Map<String, String> current) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(field + "__gte", from.toString());
        p.put(field + "__lt", to.toString());
        return new Option(label, p, from.toString().equals(current.get(field + "__gte")) && to.toString().equals(current.get(field + "__lt")));
    }
}
