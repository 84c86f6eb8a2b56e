package dev.djakarta.db.migrations;

import dev.djakarta.db.Database;
import dev.djakarta.db.Vendor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

/**
 * What Hibernate's schema update never says: the tables and columns an app's migrations created that its models no
 * longer map (Django's DeleteModel and RemoveField). For each app, in this order: drop the foreign keys of the
 * columns and tables going away, drop the columns, drop the tables. Only tables the app's own migrations created
 * are considered, so other apps' tables, Flyway's history and hand-made tables are never dropped.
 */
final class Removals {
    private Removals() {
    }

    /** Lower-case names of the tables in a database, without Flyway's history tables. */
    static Set<String> tables(DataSource target, Vendor vendor) {
        try (Connection c = target.getConnection()) {
            Set<String> out = new LinkedHashSet<>(new ExistingSchema(c, vendor).tables());
            out.removeIf(t -> t.startsWith(AppHistory.table("")));
            return out;
        } catch (SQLException e) {
            throw new MigrationError("Could not list the tables of the scratch database: " + e.getMessage(), e);
        }
    }

    /**
     * The drop statements per app.
     *
     * @param created lower-case names of the tables each app's existing migrations created
     * @param targets the apps makemigrations is writing for
     */
    static Map<String, List<DdlStatement>> compute(Database db, SchemaOwners owners, DataSource scratch,
            Map<String, Set<String>> created, Set<String> targets) {
        Dialect dialect = ((SessionFactoryImplementor) db.sessionFactory()).getJdbcServices().getDialect();
        Map<String, List<DdlStatement>> out = new LinkedHashMap<>();
        try (Connection c = scratch.getConnection()) {
            ExistingSchema existing = new ExistingSchema(c, db.vendor());
            for (String app : targets) {
                List<String> statements = forApp(db.vendor(), dialect, existing, owners, app, created.getOrDefault(app, Set.of()));
                if (!statements.isEmpty()) {
                    out.put(app, statements.stream().map(DdlStatement::parse).toList());
                }
            }
        } catch (SQLException e) {
            throw new MigrationError("Could not read the scratch database's schema: " + e.getMessage(), e);
        }
        return out;
    }

    private static List<String> forApp(Vendor vendor, Dialect dialect, ExistingSchema existing, SchemaOwners owners, String app,
            Set<String> created) throws SQLException {
        Map<String, Table> mapped = owners.tablesOf(app);
        List<String> dropForeignKeys = new ArrayList<>();
        List<String> dropColumns = new ArrayList<>();
        List<String> dropTables = new ArrayList<>();
        for (String table : created) {
            if (!existing.hasTable(table)) {
                continue;
            }
            Table mapping = mapped.get(table);
            if (mapping == null) {
                if (owners.ownerOfTable(table) == null) {
                    for (ExistingSchema.ForeignKey fk : existing.foreignKeys(table)) {
                        dropForeignKeys.add(dropForeignKey(vendor, dialect, table, fk.name()));
                    }
                    dropTables.add(("drop table " + (dialect.supportsIfExistsBeforeTableName() ? "if exists " : "") + name(vendor, table)
                            + dialect.getCascadeConstraintsString()).strip());
                }
                continue;
            }
            Set<String> keep = new LinkedHashSet<>();
            for (Column column : mapping.getColumns()) {
                keep.add(column.getName().toLowerCase(Locale.ROOT));
            }
            Set<String> removed = new LinkedHashSet<>(existing.columns(table).keySet());
            removed.removeAll(keep);
            if (removed.isEmpty()) {
                continue;
            }
            for (ExistingSchema.ForeignKey fk : existing.foreignKeys(table)) {
                if (fk.columns().stream().anyMatch(removed::contains)) {
                    dropForeignKeys.add(dropForeignKey(vendor, dialect, table, fk.name()));
                }
            }
            for (String column : removed) {
                dropColumns.add("alter table " + name(vendor, table) + " drop column " + name(vendor, column));
            }
        }
        List<String> all = new ArrayList<>(dropForeignKeys);
        all.addAll(dropColumns);
        all.addAll(dropTables);
        return all;
    }

    private static String dropForeignKey(Vendor vendor, Dialect dialect, String table, String fk) {
        return "alter table " + name(vendor, table) + " " + dialect.getDropForeignKeyString().strip() + " " + name(vendor, fk);
    }

    /** Names as written in a migration: lower case (H2 and PostgreSQL fold unquoted names; MariaDB keeps case). */
    private static String name(Vendor vendor, String name) {
        return vendor == Vendor.MARIADB ? name : name.toLowerCase(Locale.ROOT);
    }
}
