package dev.djakarta.db.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.db.Database;
import dev.djakarta.db.migrations.shop.Label;
import dev.djakarta.server.Engine;
import dev.djakarta.testmodels.Author;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A test database for a site mixing an app with migrations and one without: the first gets its migrations (with
 * their data), the second its tables from the models, as Django's test runner does. Run per vendor by the subclasses.
 */
abstract class MixedTestDatabaseContract {
    @Test
    void migratedAppsRunTheirMigrationsAndTheOthersGetTablesFromTheirModels(Engine engine) {
        Database db = engine.database();
        assertThat(db.manager(Label.class).all().valuesListFlat("name")).containsExactly("featured");
        assertThat(db.manager(Author.class).create(new Author("ann", "ann@example.com")).getId()).isNotNull();
        Migrations migrations = new Migrations(db, List.of("blog", "shop"), MixedSite.class.getClassLoader());
        assertThat(migrations.isMigrated("shop")).isTrue();
        assertThat(migrations.isMigrated("blog")).isFalse();
        assertThat(migrations.unapplied()).isEmpty();
    }
}
