package dev.djakarta.admin;

import dev.djakarta.db.Database;
import dev.djakarta.db.FieldMeta;
import dev.djakarta.db.FieldError;
import dev.djakarta.db.ModelMeta;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Labels and text of changelist columns and read-only fields: field names, relation paths, computed columns. */
final class Display {
    static final String EMPTY = "-";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Display() {
    }

    /** "author__username" gives "Author username"; "publishedAt" gives "Published at". */
    static String label(ModelAdmin<?> admin, String name) {
        ModelAdmin.Column<?> column = admin.columns().get(name);
        if (column != null) {
            return column.label();
        }
        if (name.equals("__str__")) {
            String v = admin.verboseName();
            return Character.toUpperCase(v.charAt(0)) + v.substring(1);
        }
        return humanize(name.replace("__", " "));
    }

    static String humanize(String name) {
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT).trim();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The field path to order by for a column, or null when it cannot be sorted (computed, collections). */
    static String orderField(ModelAdmin<?> admin, String name) {
        if (admin.columns().containsKey(name) || name.equals("__str__")) {
            return null;
        }
        FieldMeta last = walk(admin.meta(), name);
        return last.isMultiValued() ? null : name;
    }

    /** The last field of a path, each step checked. @throws FieldError for an unknown name */
    static FieldMeta walk(ModelMeta<?> meta, String path) {
        Database db = Database.forModel(meta.type());
        String[] parts = path.split("__");
        ModelMeta<?> current = meta;
        FieldMeta f = null;
        for (int i = 0; i < parts.length; i++) {
            f = current.field(parts[i], "the admin's " + path);
            if (i < parts.length - 1) {
                if (!f.isRelation()) {
                    throw new FieldError("'" + parts[i] + "' in '" + path + "' is not a relation of " + current.type().getSimpleName());
                }
                current = db.meta(f.target());
            }
        }
        return f;
    }

    /** The value of a column for one object (relations followed; null when a step is null). */
    @SuppressWarnings("unchecked")
    static <T> Object value(ModelAdmin<T> admin, T object, String name) {
        ModelAdmin.Column<T> column = admin.columns().get(name);
        if (column != null) {
            return column.value().apply(object);
        }
        if (name.equals("__str__")) {
            return admin.repr(object);
        }
        Database db = Database.forModel(admin.model());
        Object current = object;
        ModelMeta<?> meta = admin.meta();
        String[] parts = name.split("__");
        for (int i = 0; i < parts.length && current != null; i++) {
            FieldMeta f = meta.field(parts[i], "the admin's " + name);
            current = f.get(Entities.unproxy(current));
            if (i < parts.length - 1 && f.isRelation()) {
                meta = db.meta(f.target());
            }
        }
        return current;
    }

    /** The text shown for a value: "-" for null, Yes/No, enum names, dates without seconds, related objects' text. */
    static String text(Object value) {
        if (value == null) {
            return EMPTY;
        }
        if (value instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant i) {
            return DATE_TIME.format(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
        }
        if (value instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Display::text).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof java.time.temporal.Temporal) {
            return value.toString();
        }
        return AdminSite.repr(value);
    }
}
