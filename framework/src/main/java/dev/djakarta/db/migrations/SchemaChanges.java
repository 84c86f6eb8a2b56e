package dev.djakarta.db.migrations;

import dev.djakarta.db.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * What it takes to bring one live database to the models' mapping, split by the app owning each statement:
 * Hibernate's update statements ({@link SchemaDiff}) without the ones the database already satisfies (Hibernate
 * re-adds unique constraints it cannot recognise, and on MariaDB re-declares enum columns).
 */
final class SchemaChanges {
    private final Map<String, List<DdlStatement>> byApp = new LinkedHashMap<>();
    private final List<DdlStatement> unowned = new ArrayList<>();

    private SchemaChanges() {
    }

    static SchemaChanges compute(Database db, SchemaOwners owners, DataSource target) {
        List<String> sql = SchemaDiff.statements(db, target);
        SchemaChanges changes = new SchemaChanges();
        try (Connection c = target.getConnection()) {
            ExistingSchema existing = new ExistingSchema(c, db.vendor());
            List<String> all = new ArrayList<>(missingSequences(db, existing, sql));
            all.addAll(sql);
            for (String s : all) {
                DdlStatement statement = DdlStatement.parse(s);
                if (satisfied(statement, existing)) {
                    continue;
                }
                String owner = statement.kind() == DdlStatement.Kind.SEQUENCE ? owners.ownerOfSequence(statement.object())
                        : statement.onTable() ? owners.ownerOfTable(statement.object()) : null;
                if (owner == null) {
                    changes.unowned.add(statement);
                } else {
                    changes.byApp.computeIfAbsent(owner, k -> new ArrayList<>()).add(statement);
                }
            }
        } catch (SQLException e) {
            throw new MigrationError("Could not read the schema of " + db.vendor() + " to compare it with the models: "
                    + e.getMessage(), e);
        }
        return changes;
    }

    /** Create statements for mapped sequences this schema lacks and Hibernate did not ask for (see ExistingSchema#sequences). */
    private static List<String> missingSequences(Database db, ExistingSchema existing, List<String> sql) throws SQLException {
        Set<String> created = new HashSet<>();
        for (String s : sql) {
            DdlStatement statement = DdlStatement.parse(s);
            if (statement.kind() == DdlStatement.Kind.SEQUENCE && s.regionMatches(true, 0, "create", 0, 6)) {
                created.add(SchemaOwners.key(statement.object()));
            }
        }
        Set<String> present = existing.sequences();
        Dialect dialect = ((SessionFactoryImplementor) db.sessionFactory()).getJdbcServices().getDialect();
        List<String> out = new ArrayList<>();
        for (Namespace namespace : db.metadata().getDatabase().getNamespaces()) {
            for (Sequence sequence : namespace.getSequences()) {
                String name = sequence.getName().getSequenceName().getText();
                if (!created.contains(SchemaOwners.key(name)) && !present.contains(SchemaOwners.key(name))) {
                    out.addAll(List.of(dialect.getSequenceSupport().getCreateSequenceStrings(name, sequence.getInitialValue(),
                            sequence.getIncrementSize(), sequence.getOptions())));
                }
            }
        }
        return out;
    }

    private static boolean satisfied(DdlStatement statement, ExistingSchema existing) throws SQLException {
        if (!statement.onTable() || !existing.hasTable(statement.object())) {
            return false;
        }
        DdlStatement.IndexSpec index = statement.index();
        if (index != null) {
            return existing.hasIndex(statement.object(), index);
        }
        String[] change = statement.columnTypeChange();
        if (change != null) {
            String declared = existing.declaredType(statement.object(), change[0]);
            return declared != null && normalize(declared).equals(normalize(change[1]));
        }
        return false;
    }

    private static String normalize(String type) {
        return type.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** The statements of one app, in Hibernate's order (tables, then constraints). */
    List<DdlStatement> of(String label) {
        return byApp.getOrDefault(label, List.of());
    }

    /** Statements on tables or sequences no model maps: reported, never written. */
    List<DdlStatement> unowned() {
        return unowned;
    }
}
