package dev.djakarta.db.migrations;

import dev.djakarta.db.Vendor;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables, columns, indexes and foreign keys of one live database, read through JDBC metadata of the
 * connection's own schema (PostgreSQL, H2) or database (MariaDB). Names are lower-cased. Read on demand and
 * cached: build one per comparison.
 */
final class ExistingSchema {
    /** An index on a table. */
    record Index(String name, boolean unique, List<String> columns) {
    }

    /** A foreign key: its name (as the database spells it), the columns of this table, and the referenced table. */
    record ForeignKey(String name, List<String> columns, String referencedTable) {
    }

    private final Connection connection;
    private final Vendor vendor;
    private final DatabaseMetaData meta;
    private final String catalog;
    private final String schema;
    private final Map<String, String> tables = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> columns = new LinkedHashMap<>();

    ExistingSchema(Connection connection, Vendor vendor) throws SQLException {
        this.connection = connection;
        this.vendor = vendor;
        this.meta = connection.getMetaData();
        this.catalog = connection.getCatalog();
        this.schema = vendor == Vendor.MARIADB ? null : connection.getSchema();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                tables.put(name.toLowerCase(Locale.ROOT), name);
            }
        }
    }

    /** Lower-case names of every table. */
    Set<String> tables() {
        return tables.keySet();
    }

    boolean hasTable(String table) {
        return tables.containsKey(lower(table));
    }

    /** Lower-case column names of a table, in order, with their type as the database reports it. */
    Map<String, String> columns(String table) throws SQLException {
        String key = lower(table);
        Map<String, String> cached = columns.get(key);
        if (cached != null) {
            return cached;
        }
        Map<String, String> out = new LinkedHashMap<>();
        String actual = tables.get(key);
        if (actual != null) {
            try (ResultSet rs = meta.getColumns(catalog, schema, escape(actual), "%")) {
                while (rs.next()) {
                    if (rs.getString("TABLE_NAME").equalsIgnoreCase(actual)) {
                        out.put(lower(rs.getString("COLUMN_NAME")), rs.getString("TYPE_NAME"));
                    }
                }
            }
        }
        columns.put(key, out);
        return out;
    }

    /** The indexes of a table (unique constraints show up as unique indexes). */
    List<Index> indexes(String table) throws SQLException {
        String actual = tables.get(lower(table));
        if (actual == null) {
            return List.of();
        }
        Map<String, TreeMap<Integer, String>> cols = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, actual, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (name == null || column == null) {
                    continue;
                }
                cols.computeIfAbsent(name, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"), lower(column));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        List<Index> out = new ArrayList<>();
        cols.forEach((name, c) -> out.add(new Index(lower(name), unique.get(name), List.copyOf(c.values()))));
        return out;
    }

    /** The foreign keys of a table. */
    List<ForeignKey> foreignKeys(String table) throws SQLException {
        String actual = tables.get(lower(table));
        if (actual == null) {
            return List.of();
        }
        Map<String, List<String>> cols = new LinkedHashMap<>();
        Map<String, String> targets = new LinkedHashMap<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, actual)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                cols.computeIfAbsent(name, k -> new ArrayList<>()).add(lower(rs.getString("FKCOLUMN_NAME")));
                targets.put(name, lower(rs.getString("PKTABLE_NAME")));
            }
        }
        List<ForeignKey> out = new ArrayList<>();
        cols.forEach((name, c) -> out.add(new ForeignKey(name, List.copyOf(c), targets.get(name))));
        return out;
    }

    /**
     * Lower-case names of the sequences of this schema only. (Hibernate's own sequence lookup on PostgreSQL sees
     * every schema of the database, so a sequence of another schema hides a missing one here.)
     */
    Set<String> sequences() throws SQLException {
        String sql = switch (vendor) {
            case MARIADB -> "select table_name from information_schema.tables where table_schema = database() and table_type = 'SEQUENCE'";
            case POSTGRESQL, H2 -> "select sequence_name from information_schema.sequences where sequence_schema = ?";
        };
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (vendor != Vendor.MARIADB) {
                ps.setString(1, schema);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(lower(rs.getString(1)));
                }
            }
        }
        return out;
    }

    /** True when an index of that name exists on the table, or (for a unique one) a unique index on the same columns. */
    boolean hasIndex(String table, DdlStatement.IndexSpec spec) throws SQLException {
        Set<String> columns = new LinkedHashSet<>(spec.columns());
        for (Index index : indexes(table)) {
            if (index.name().equalsIgnoreCase(spec.name())
                    || (spec.unique() && index.unique() && new LinkedHashSet<>(index.columns()).equals(columns))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The full declared type of a column on MariaDB ({@code enum('DRAFT','PUBLISHED')}, {@code varchar(200)}), from
     * information_schema; null elsewhere or when there is no such column.
     */
    String declaredType(String table, String column) throws SQLException {
        if (vendor != Vendor.MARIADB) {
            return null;
        }
        try (PreparedStatement ps = connection.prepareStatement("select column_type from information_schema.columns "
                + "where table_schema = database() and lower(table_name) = ? and lower(column_name) = ?")) {
            ps.setString(1, lower(table));
            ps.setString(2, lower(column));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private String escape(String pattern) throws SQLException {
        String esc = meta.getSearchStringEscape();
        if (esc == null || esc.isEmpty()) {
            return pattern;
        }
        return pattern.replace(esc, esc + esc).replace("_", esc + "_").replace("%", esc + "%");
    }

    static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
