package dev.djakarta.db.migrations;

import dev.djakarta.db.Vendor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.Flyway;

/**
 * How one app's migrations map onto Flyway: SQL files under {@code migrations/<label>/<vendor>/} named
 * {@code V<n>__<name>.sql}, applied in version order and recorded in the app's own history table
 * {@code djakarta_migrations_<label>}, so that apps migrate independently of each other. A schema that already holds
 * other apps' tables is fine: the app's history starts at version 0 (Flyway's baseline-on-migrate).
 */
final class AppHistory {
    private AppHistory() {
    }

    /** The history table of an app. */
    static String table(String label) {
        return "djakarta_migrations_" + label;
    }

    /** The resource folder of an app's migrations for a vendor: {@code migrations/blog/postgresql}. */
    static String folder(String label, Vendor vendor) {
        return "migrations/" + label + "/" + vendor.id();
    }

    /**
     * Where an app's migrations are read from, as a Flyway location ({@code classpath:...}, {@code filesystem:...}): the folder under {@code root} when {@code root} is given and holds it
     * (makemigrations reads the files it writes), otherwise the class loader's folder; null when neither exists.
     */
    static String location(String label, Vendor vendor, ClassLoader loader, Path root) {
        if (root != null) {
            Path dir = root.resolve(folder(label, vendor));
            if (Files.isDirectory(dir)) {
                return "filesystem:" + dir.toAbsolutePath();
            }
        }
        return loader.getResource(folder(label, vendor)) != null ? "classpath:" + folder(label, vendor) : null;
    }

    /** Flyway settings for an app's history; the caller adds the data source. */
    static FluentConfiguration configure(String label, String location, ClassLoader loader) {
        return Flyway.configure(loader)
                .locations(location)
                .table(table(label))
                .baselineOnMigrate(true)
                .baselineVersion(MigrationVersion.fromVersion("0"))
                .baselineDescription("djakarta " + label)
                .validateMigrationNaming(true)
                .failOnMissingLocations(true);
    }

    /** True for real migrations (not the baseline marker Flyway writes into a non-empty schema). */
    static boolean isMigration(MigrationInfo info) {
        return info.getVersion() != null && info.getScript() != null && info.getScript().endsWith(".sql")
                && !info.getType().isBaseline();
    }

    /** Django's name for a migration: {@code V0002__post_summary.sql} is {@code 0002_post_summary}. */
    static String displayName(MigrationInfo info) {
        String script = info.getScript();
        String file = script.substring(Math.max(script.lastIndexOf('/'), script.lastIndexOf('\\')) + 1);
        String base = file.endsWith(".sql") ? file.substring(0, file.length() - 4) : file;
        int sep = base.indexOf("__");
        String version = sep < 0 ? info.getVersion().getVersion() : base.substring(1, sep);
        String name = sep < 0 ? "" : base.substring(sep + 2);
        String padded = version.matches("\\d+") ? String.format("%04d", Long.parseLong(version)) : version;
        return name.isEmpty() ? padded : padded + "_" + name;
    }
}
