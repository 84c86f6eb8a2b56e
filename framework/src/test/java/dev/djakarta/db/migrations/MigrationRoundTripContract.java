package dev.djakarta.db.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.conf.Settings;
import dev.djakarta.db.DatabaseConfig;
import dev.djakarta.db.Vendor;
import dev.djakarta.test.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * makemigrations then migrate, through the CLI, as a project evolves: an initial migration, then a field, a model,
 * a foreign key, and the removal of a field and of a model. Each stage compiles the next version of the models and
 * builds on the database and migration files the previous stages left, like a developer's working copy. Run per
 * vendor by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class MigrationRoundTripContract {
    private static final String AUTHOR = "@Entity public class Author { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) "
            + "Long id; @Column(nullable = false, length = 100) String name; %s }";
    private static final String BOOK = "@Entity public class Book { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) "
            + "Long id; @Column(length = 200) String title; %s }";

    private Path work;
    private Path root;
    private Map<String, String> settings;
    private Runnable dropDatabase = () -> { };

    abstract Vendor vendor();

    @BeforeAll
    void database() throws IOException {
        work = Files.createTempDirectory("djakarta-migrations");
        root = work.resolve("resources");
        TestDatabases.Isolated db = TestDatabases.isolate(Settings.of(Map.of("DATABASE_URL", TestDatabases.defaultUrl(vendor()))));
        dropDatabase = db.drop();
        settings = new HashMap<>(db.settings());
        settings.put("DEBUG", "true");
    }

    @AfterAll
    void cleanUp() throws IOException {
        dropDatabase.run();
        try (Stream<Path> files = Files.walk(work)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private GeneratedSite version(String authorFields, String bookFields) throws Exception {
        Map<String, String> entities = new HashMap<>(Map.of("Author", AUTHOR.formatted(authorFields)));
        List<String> models = new ArrayList<>(List.of("Author"));
        if (bookFields != null) {
            entities.put("Book", BOOK.formatted(bookFields));
            models.add("Book");
        }
        return GeneratedSite.compile(work, root, Map.of("library", models), entities);
    }

    private GeneratedSite.Run make(GeneratedSite site, String... extra) {
        List<String> args = new ArrayList<>(List.of("makemigrations", "--dir", root.toString()));
        args.addAll(List.of(extra));
        GeneratedSite.Run run = site.manage(settings, args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    private GeneratedSite.Run migrate(GeneratedSite site) {
        GeneratedSite.Run run = site.manage(settings, "migrate");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        return run;
    }

    private String migration(String file) throws IOException {
        Path path = root.resolve("migrations/library/" + vendor().id() + "/" + file);
        assertThat(path).exists();
        return Files.readString(path).toLowerCase(Locale.ROOT);
    }

    /** Lower-case column names of a table in the test database; empty when there is no such table. */
    private List<String> columns(String table) throws SQLException {
        DatabaseConfig config = DatabaseConfig.from(Settings.of(settings));
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password())) {
            String name = c.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            String schema = vendor() == Vendor.MARIADB ? null : c.getSchema();
            List<String> out = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), schema, name, "%")) {
                while (rs.next()) {
                    out.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return out;
        }
    }

    @Test
    @Order(1)
    void theInitialMigrationCreatesTheAppsTables() throws Exception {
        GeneratedSite site = version("", null);
        GeneratedSite.Run made = make(site);
        assertThat(made.out()).contains("Migrations for 'library':").contains("V0001__initial.sql");
        assertThat(migration("V0001__initial.sql")).contains("create table library_author");

        assertThat(migrate(site).out()).contains("Apply all migrations: library").contains("Applying library.0001_initial... OK");
        assertThat(columns("library_author")).containsExactlyInAnyOrder("id", "name");
        assertThat(site.manage(settings, "showmigrations").out()).isEqualTo("library\n [X] 0001_initial\n");
    }

    @Test
    @Order(2)
    void migratingAgainAndMakingMigrationsWithoutChangesDoNothing() throws Exception {
        GeneratedSite site = version("", null);
        assertThat(migrate(site).out()).contains("No migrations to apply.").doesNotContain("Applying");
        assertThat(make(site).out()).isEqualTo("No changes detected\n");
        assertThat(make(site, "library").out()).isEqualTo("No changes detected in app 'library'\n");
        assertThat(root.resolve("migrations/library/" + vendor().id())).isDirectoryNotContaining("glob:**V0002*");
    }

    @Test
    @Order(3)
    void addingAFieldWritesAnAddColumnMigration() throws Exception {
        GeneratedSite site = version("@Column(length = 500) String bio;", null);
        assertThat(make(site).out()).contains("V0002__author_bio.sql");
        assertThat(migration("V0002__author_bio.sql")).containsPattern("alter table (if exists )?library_author add column bio varchar\\(500\\)");
        assertThat(site.manage(settings, "showmigrations", "library").out()).contains(" [X] 0001_initial\n [ ] 0002_author_bio\n");

        assertThat(migrate(site).out()).contains("Applying library.0002_author_bio... OK").doesNotContain("0001_initial");
        assertThat(columns("library_author")).containsExactlyInAnyOrder("id", "name", "bio");
    }

    @Test
    @Order(4)
    void addingAModelWritesACreateTableMigration() throws Exception {
        GeneratedSite site = version("@Column(length = 500) String bio;", "");
        make(site);
        assertThat(migration("V0003__book.sql")).contains("create table library_book").doesNotContain("library_author");

        assertThat(migrate(site).out()).contains("Applying library.0003_book... OK");
        assertThat(columns("library_book")).containsExactlyInAnyOrder("id", "title");
    }

    @Test
    @Order(5)
    void addingAForeignKeyWritesTheColumnAndItsConstraint() throws Exception {
        GeneratedSite site = version("@Column(length = 500) String bio;", "@ManyToOne Author author;");
        make(site);
        assertThat(migration("V0004__book_author_id.sql")).containsPattern("add column author_id bigint")
                .containsPattern("foreign key \\(author_id\\) references library_author");

        migrate(site);
        assertThat(columns("library_book")).containsExactlyInAnyOrder("id", "title", "author_id");
        assertThat(make(site).out()).isEqualTo("No changes detected\n");
    }

    @Test
    @Order(6)
    void removingAFieldDropsItsColumn() throws Exception {
        GeneratedSite site = version("", "@ManyToOne Author author;");
        make(site);
        assertThat(migration("V0005__remove_author_bio.sql")).contains("alter table library_author drop column bio");

        assertThat(migrate(site).out()).contains("Applying library.0005_remove_author_bio... OK");
        assertThat(columns("library_author")).containsExactlyInAnyOrder("id", "name");
    }

    @Test
    @Order(7)
    void removingAModelDropsItsTableAndItsForeignKeys() throws Exception {
        GeneratedSite site = version("", null);
        make(site);
        assertThat(migration("V0006__delete_book.sql")).contains("drop table").contains("library_book").contains("fk");

        migrate(site);
        assertThat(columns("library_book")).isEmpty();
        assertThat(make(site).out()).isEqualTo("No changes detected\n");
        assertThat(site.manage(settings, "showmigrations").out()).isEqualTo("library\n [X] 0001_initial\n [X] 0002_author_bio\n"
                + " [X] 0003_book\n [X] 0004_book_author_id\n [X] 0005_remove_author_bio\n [X] 0006_delete_book\n");
    }
}
