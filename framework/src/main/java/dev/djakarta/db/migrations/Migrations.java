package dev.djakarta.db.migrations;

import dev.djakarta.db.Database;
import dev.djakarta.db.DatabaseConfig;
import dev.djakarta.db.Vendor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The migrations of a site's apps on its database: Django's migration loader and executor, with Flyway doing the
 * applying. Each app keeps versioned SQL files on the class loader under {@code migrations/<label>/<vendor>/} and
 * its own history table (see {@link AppHistory}).
 *
 * <p><b>Order.</b> Apps migrate after the apps their tables reference (derived from the foreign keys of the
 * mapping), otherwise in installed order.
 *
 * <p><b>Apps without migrations.</b> As in Django, an app with models but no migrations folder for the database's
 * vendor is "unmigrated": {@code migrate} leaves it alone (reporting {@link Progress.Kind#SKIPPED}) unless asked to
 * synchronize it ({@code migrate --run-syncdb}), which creates its missing tables, columns and constraints from the
 * models; test databases always do (Django's test runner does the same).
 */
public final class Migrations {
    private final Database db;
    private final List<String> installed;
    private final ClassLoader loader;
    private SchemaOwners owners;

    /**
     * @param db the site's database
     * @param installedApps every installed app's label, in installed order
     * @param loader where the {@code migrations/} folders are (the site's class loader)
     */
    public Migrations(Database db, List<String> installedApps, ClassLoader loader) {
        this.db = db;
        this.installed = List.copyOf(installedApps);
        this.loader = loader;
    }

    private synchronized SchemaOwners owners() {
        if (owners == null) {
            owners = SchemaOwners.of(db);
        }
        return owners;
    }

    /** Every installed app's label, in the order migrations are applied. */
    public List<String> order() {
        return owners().order(installed);
    }

    /** True when the app has a migrations folder for this database's vendor. */
    public boolean isMigrated(String label) {
        return AppHistory.location(label, db.vendor(), loader, null) != null;
    }

    /** True when the app lists models. */
    public boolean hasModels(String label) {
        return db.labels().containsValue(label);
    }

    /**
     * The app's migrations, oldest first, each saying whether it is applied; empty for an unmigrated app.
     *
     * @throws MigrationError when the database cannot be read
     */
    public List<Migration> list(String label) {
        return list(label, db.vendor(), loader, c -> c.dataSource(db.dataSource()));
    }

    /** Migrations not applied yet, across apps, in the order {@link #migrate} would apply them. */
    public List<Migration> unapplied() {
        List<Migration> out = new ArrayList<>();
        for (String label : order()) {
            list(label).stream().filter(m -> !m.applied()).forEach(out::add);
        }
        return out;
    }

    /**
     * The unapplied migrations of {@code installedApps} on the database {@code config} names, without booting
     * Hibernate (runserver's warning). Order is installed order.
     */
    public static List<Migration> unapplied(DatabaseConfig config, List<String> installedApps, ClassLoader loader) {
        List<Migration> out = new ArrayList<>();
        for (String label : installedApps) {
            list(label, config.vendor(), loader, c -> c.dataSource(config.jdbcUrl(), config.user(), config.password()))
                    .stream().filter(m -> !m.applied()).forEach(out::add);
        }
        return out;
    }

    private static List<Migration> list(String label, Vendor vendor, ClassLoader loader, UnaryOperator<FluentConfiguration> source) {
        String location = AppHistory.location(label, vendor, loader, null);
        if (location == null) {
            return List.of();
        }
        try {
            Flyway flyway = source.apply(AppHistory.configure(label, location, loader)).load();
            List<Migration> out = new ArrayList<>();
            for (MigrationInfo info : flyway.info().all()) {
                if (AppHistory.isMigration(info)) {
                    out.add(new Migration(label, AppHistory.displayName(info), info.getState().isApplied()));
                }
            }
            return out;
        } catch (FlywayException e) {
            throw new MigrationError("Could not read the migration history of app '" + label + "': " + e.getMessage(), e);
        }
    }

    /**
     * Applies pending migrations: of every app, or of one app and the apps it depends on, in {@link #order()}.
     *
     * @param label one app's label, or null for all
     * @param syncUnmigrated create the tables of apps without migrations from their models (run_syncdb)
     * @throws MigrationError naming the app and migration when a statement fails, or for an unknown label; the
     *     migrations applied before the failure stay applied (each migration is one transaction where the database
     *     allows DDL in transactions: H2 and PostgreSQL)
     */
    public void migrate(String label, boolean syncUnmigrated, Progress progress) {
        for (String app : plan(label)) {
            String location = AppHistory.location(app, db.vendor(), loader, null);
            if (location != null) {
                apply(app, AppHistory.configure(app, location, loader).dataSource(db.dataSource()), progress);
            } else if (hasModels(app)) {
                if (syncUnmigrated) {
                    sync(app, progress);
                } else {
                    progress.report(new Progress.Step(Progress.Kind.SKIPPED, app, AppHistory.folder(app, db.vendor())));
                }
            }
        }
    }

    private List<String> plan(String label) {
        List<String> order = order();
        if (label == null) {
            return order;
        }
        if (!installed.contains(label)) {
            throw new MigrationError("No installed app with label '" + label + "'. Installed apps: " + String.join(", ", installed));
        }
        Set<String> wanted = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(label));
        while (!todo.isEmpty()) {
            String app = todo.remove(todo.size() - 1);
            if (wanted.add(app)) {
                todo.addAll(owners().dependenciesOf(app));
            }
        }
        return order.stream().filter(wanted::contains).toList();
    }

    /** Runs one app's pending migrations through Flyway, reporting each. */
    static void apply(String app, FluentConfiguration config, Progress progress) {
        try {
            config.callbacks(new Reporter(app, progress)).load().migrate();
        } catch (FlywayException e) {
            throw new MigrationError("Applying the migrations of app '" + app + "' failed: " + e.getMessage(), e);
        }
    }

    /** Creates what is missing of an unmigrated app's tables, from its models. */
    private void sync(String app, Progress progress) {
        List<DdlStatement> statements = SchemaChanges.compute(db, owners(), db.dataSource()).of(app);
        progress.report(new Progress.Step(Progress.Kind.SYNCING, app, ""));
        execute(db.dataSource(), app, statements);
        List<String> tables = statements.stream()
                .filter(s -> s.kind() == DdlStatement.Kind.CREATE_TABLE).map(DdlStatement::object).toList();
        progress.report(new Progress.Step(Progress.Kind.SYNCED, app, String.join(", ", tables)));
    }

    /** Runs statements in order, in autocommit mode. @throws MigrationError naming the failing statement */
    static void execute(DataSource target, String app, List<DdlStatement> statements) {
        try (Connection c = target.getConnection(); Statement st = c.createStatement()) {
            for (DdlStatement s : statements) {
                try {
                    st.execute(s.sql());
                } catch (SQLException e) {
                    throw new MigrationError("Creating the tables of app '" + app + "' from its models failed at: " + s.sql()
                            + ": " + e.getMessage(), e);
                }
            }
        } catch (SQLException e) {
            throw new MigrationError("Could not connect to the database to create the tables of app '" + app + "': " + e.getMessage(), e);
        }
    }

    /**
     * Builds a test database: runs every app's migrations, and creates the tables of apps without migrations from
     * their models. When no app has migrations, all tables come straight from the mapping in one step.
     */
    public void setUpTestDatabase() {
        if (installed.stream().noneMatch(this::isMigrated)) {
            db.createTablesFromModels();
        } else {
            migrate(null, true, Progress.NONE);
        }
    }

    /** Turns Flyway's per-migration events into progress steps. */
    private record Reporter(String app, Progress progress) implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE_ERROR;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            Progress.Kind kind = event == Event.BEFORE_EACH_MIGRATE ? Progress.Kind.APPLYING
                    : event == Event.AFTER_EACH_MIGRATE ? Progress.Kind.APPLIED : Progress.Kind.FAILED;
            progress.report(new Progress.Step(kind, app, AppHistory.displayName(context.getMigrationInfo())));
        }

        @Override
        public String getCallbackName() {
            return "djakarta-progress";
        }
    }
}
