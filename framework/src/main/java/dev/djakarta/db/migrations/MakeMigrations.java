package dev.djakarta.db.migrations;

import dev.djakarta.db.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Django's makemigrations: writes each app's next migration from the difference between its models and the schema
 * its existing migrations produce.
 *
 * <p>How: a scratch database of the configured vendor ({@link ScratchDatabase}) gets every app's existing migrations
 * in migration order (apps without migrations that are not being made get their tables from the models, so that
 * foreign keys to them resolve); Hibernate then lists the statements that bring the scratch database to the
 * mapping ({@link SchemaChanges}), plus the drops of tables and columns the models no longer have ({@link Removals});
 * each app's share is written to {@code <root>/migrations/<label>/<vendor>/V<next>__<name>.sql}. Existing migrations
 * are read from {@code <root>} when it holds the app's folder (the files makemigrations wrote, even before a build
 * copies them onto the classpath), otherwise from the class loader.
 *
 * <p>Not detected (write these by hand, as SQL in a migration of your own): renames (they show up as a drop and
 * an add), changes of nullability, defaults and, except where Hibernate reports them, column types.
 */
public final class MakeMigrations {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm");

    /** A migration file written for an app, with its statements. */
    public record Written(String app, Path file, List<String> statements) {
    }

    /**
     * What a run did.
     *
     * @param written the files written, in migration order
     * @param unchanged the apps examined that needed nothing
     * @param unowned statements Hibernate asked for on tables or sequences that no app's model maps (not written)
     */
    public record Result(List<Written> written, List<String> unchanged, List<String> unowned) {
    }

    private MakeMigrations() {
    }

    /**
     * Writes the next migration of each app in {@code labels} (every app with models when empty).
     *
     * @param name the migration name ({@code [A-Za-z0-9_]+}), or null to derive one as Django does: {@code initial}
     *     for the first, else from what changed ({@code post_summary}, {@code tag}) or {@code auto_<timestamp>}
     * @throws MigrationError for an unknown app, a bad name, an existing migration that fails to replay, or a
     *     scratch database that cannot be created
     */
    public static Result run(Database db, List<String> installed, ClassLoader loader, Path root, List<String> labels, String name) {
        if (name != null && !name.matches("[A-Za-z0-9_]+")) {
            throw new MigrationError("The migration name '" + name + "' must be letters, digits and underscores "
                    + "(it becomes part of a file name).");
        }
        SchemaOwners owners = SchemaOwners.of(db);
        List<String> order = owners.order(installed);
        Set<String> targets = targets(db, installed, order, labels);
        Map<String, Integer> latest = new LinkedHashMap<>();
        Map<String, Set<String>> created = new LinkedHashMap<>();
        List<Written> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        SchemaChanges changes;
        Map<String, List<DdlStatement>> removals;
        try (ScratchDatabase scratch = ScratchDatabase.create(db.config())) {
            for (String app : order) {
                String location = AppHistory.location(app, db.vendor(), loader, root);
                if (location != null) {
                    Set<String> before = Removals.tables(scratch.dataSource(), db.vendor());
                    latest.put(app, replay(app, location, loader, scratch));
                    Set<String> after = new LinkedHashSet<>(Removals.tables(scratch.dataSource(), db.vendor()));
                    after.removeAll(before);
                    created.put(app, after);
                } else if (!targets.contains(app) && db.labels().containsValue(app)) {
                    Migrations.execute(scratch.dataSource(), app, SchemaChanges.compute(db, owners, scratch.dataSource()).of(app));
                }
            }
            changes = SchemaChanges.compute(db, owners, scratch.dataSource());
            removals = Removals.compute(db, owners, scratch.dataSource(), created, targets);
        }
        for (String app : order) {
            if (!targets.contains(app)) {
                continue;
            }
            List<DdlStatement> statements = new ArrayList<>(removals.getOrDefault(app, List.of()));
            statements.addAll(changes.of(app));
            if (statements.isEmpty()) {
                unchanged.add(app);
                continue;
            }
            int version = latest.getOrDefault(app, 0) + 1;
            String migrationName = name != null ? name : version == 1 ? "initial" : suggestName(app, statements);
            written.add(write(db, root, app, version, migrationName, statements));
        }
        return new Result(List.copyOf(written), List.copyOf(unchanged), changes.unowned().stream().map(DdlStatement::sql).toList());
    }

    private static Set<String> targets(Database db, List<String> installed, List<String> order, List<String> labels) {
        Set<String> targets = new LinkedHashSet<>();
        if (labels.isEmpty()) {
            order.stream().filter(db.labels()::containsValue).forEach(targets::add);
            return targets;
        }
        for (String label : labels) {
            if (!installed.contains(label)) {
                throw new MigrationError("App '" + label + "' could not be found. Installed apps: " + String.join(", ", installed));
            }
            targets.add(label);
        }
        return targets;
    }

    /** Applies an app's existing migrations to the scratch database; returns the highest integer version. */
    private static int replay(String app, String location, ClassLoader loader, ScratchDatabase scratch) {
        try {
            Flyway flyway = AppHistory.configure(app, location, loader).dataSource(scratch.dataSource()).load();
            flyway.migrate();
            int max = 0;
            for (MigrationInfo info : flyway.info().applied()) {
                if (AppHistory.isMigration(info)) {
                    String major = info.getVersion().getVersion().split("\\.")[0];
                    max = Math.max(max, major.matches("\\d+") ? Integer.parseInt(major) : 0);
                }
            }
            return max;
        } catch (FlywayException e) {
            throw new MigrationError("The existing migrations of app '" + app + "' (" + location + ") do not apply to an empty "
                    + "database: " + e.getMessage(), e);
        }
    }

    private static Written write(Database db, Path root, String app, int version, String name, List<DdlStatement> statements) {
        Path dir = root.resolve(AppHistory.folder(app, db.vendor()));
        Path file = dir.resolve(String.format("V%04d__%s.sql", version, name));
        StringBuilder sql = new StringBuilder("-- Generated by Djakarta makemigrations for app '" + app + "' (" + db.vendor().id() + ") on "
                + LocalDateTime.now().withNano(0) + "\n");
        List<String> texts = new ArrayList<>();
        for (DdlStatement s : statements) {
            sql.append(s.sql()).append(";\n");
            texts.add(s.sql());
        }
        try {
            Files.createDirectories(dir);
            if (Files.exists(file)) {
                throw new MigrationError("Migration file " + file + " already exists; pass another --name.");
            }
            Files.writeString(file, sql, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationError("Could not write " + file + ": " + e.getMessage(), e);
        }
        return new Written(app, file, List.copyOf(texts));
    }

    /** Django's automatic names: {@code post_summary} (a field), {@code tag} (a model), {@code delete_tag}, ... */
    static String suggestName(String app, List<DdlStatement> statements) {
        Set<String> parts = new LinkedHashSet<>();
        for (DdlStatement s : statements) {
            String table = s.object() == null ? null : SchemaOwners.key(s.object());
            if (table != null && table.startsWith(app + "_")) {
                table = table.substring(app.length() + 1);
            }
            if (s.kind() == DdlStatement.Kind.CREATE_TABLE) {
                parts.add(table);
            } else if (s.kind() == DdlStatement.Kind.DROP_TABLE) {
                parts.add("delete_" + table);
            } else if (s.addedColumn() != null) {
                parts.add(table + "_" + SchemaOwners.key(s.addedColumn()));
            } else if (s.droppedColumn() != null) {
                parts.add("remove_" + table + "_" + SchemaOwners.key(s.droppedColumn()));
            }
        }
        String joined = String.join("_", parts).replaceAll("[^A-Za-z0-9_]", "_");
        return joined.isEmpty() || joined.length() > 52 ? "auto_" + LocalDateTime.now().format(STAMP) : joined;
    }
}
