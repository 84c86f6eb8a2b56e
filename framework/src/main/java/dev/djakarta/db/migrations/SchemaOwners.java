package dev.djakarta.db.migrations;

import dev.djakarta.db.Database;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.generator.Generator;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.id.enhanced.TableGenerator;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;

/**
 * Which app owns each table and sequence of the mapping, Django's "a model's table belongs to its app": an entity's
 * tables (primary and secondary) belong to the entity's app; a join or element-collection table belongs to the app
 * of the entity that owns the collection; an id sequence (or generator table) belongs to the app of the entity
 * drawing ids from it. From this, an app depends on another when one of its tables has a foreign key to a table of
 * the other. Names compare case-insensitively.
 */
final class SchemaOwners {
    private final Map<String, String> tables = new LinkedHashMap<>();
    private final Map<String, String> sequences = new LinkedHashMap<>();
    private final Map<String, Set<String>> dependencies = new LinkedHashMap<>();
    private final Map<String, Table> mapped = new LinkedHashMap<>();

    private SchemaOwners() {
    }

    static SchemaOwners of(Database db) {
        SchemaOwners owners = new SchemaOwners();
        Metadata metadata = db.metadata();
        Map<Class<?>, String> labels = db.labels();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            String label = labels.get(entity.getMappedClass());
            if (label != null) {
                owners.own(entity.getTable(), label);
                for (Join join : entity.getJoins()) {
                    owners.own(join.getTable(), label);
                }
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            String label = labels.get(collection.getOwner().getMappedClass());
            // a one-to-many without a join table lives in the child's table, which the child's app owns
            if (label != null && !collection.isOneToMany()) {
                owners.own(collection.getCollectionTable(), label);
            }
        }
        SessionFactoryImplementor factory = (SessionFactoryImplementor) db.sessionFactory();
        labels.forEach((type, label) -> {
            Generator generator = factory.getMappingMetamodel().getEntityDescriptor(type).getGenerator();
            if (generator instanceof SequenceStyleGenerator sequence) {
                String name = sequence.getDatabaseStructure().getPhysicalName().getObjectName().getText();
                owners.sequences.putIfAbsent(key(name), label);
            } else if (generator instanceof TableGenerator table) {
                owners.tables.putIfAbsent(key(table.getTableName()), label);
            }
        });
        for (Table table : owners.mapped.values()) {
            String from = owners.tables.get(key(table.getName()));
            for (ForeignKey fk : table.getForeignKeyCollection()) {
                String to = fk.getReferencedTable() == null ? null : owners.tables.get(key(fk.getReferencedTable().getName()));
                if (to != null && !to.equals(from)) {
                    owners.dependencies.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
                }
            }
        }
        return owners;
    }

    private void own(Table table, String label) {
        if (table != null && tables.putIfAbsent(key(table.getName()), label) == null) {
            mapped.put(key(table.getName()), table);
        }
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The app owning a table, or null for a table no model maps. */
    String ownerOfTable(String name) {
        return tables.get(key(name));
    }

    /** The app owning a sequence, or null. */
    String ownerOfSequence(String name) {
        return sequences.get(key(name));
    }

    /** The mapped tables of an app (Hibernate's mapping objects), by lower-case name. */
    Map<String, Table> tablesOf(String label) {
        Map<String, Table> out = new LinkedHashMap<>();
        mapped.forEach((name, table) -> {
            if (label.equals(tables.get(name))) {
                out.put(name, table);
            }
        });
        return out;
    }

    /** The apps whose tables the tables of {@code label} reference. */
    Set<String> dependenciesOf(String label) {
        return Collections.unmodifiableSet(dependencies.getOrDefault(label, Set.of()));
    }

    /**
     * {@code installed} in migration order: an app after the apps it depends on, otherwise in installed order. Apps
     * that depend on each other keep their installed order.
     */
    List<String> order(List<String> installed) {
        List<String> remaining = new java.util.ArrayList<>(installed);
        List<String> done = new java.util.ArrayList<>();
        while (!remaining.isEmpty()) {
            String next = remaining.get(0);
            for (String candidate : remaining) {
                Set<String> deps = new LinkedHashSet<>(dependenciesOf(candidate));
                deps.retainAll(remaining);
                deps.remove(candidate);
                if (deps.isEmpty()) {
                    next = candidate;
                    break;
                }
            }
            remaining.remove(next);
            done.add(next);
        }
        return List.copyOf(done);
    }
}
