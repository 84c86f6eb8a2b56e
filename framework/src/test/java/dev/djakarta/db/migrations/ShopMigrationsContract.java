package dev.djakarta.db.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.db.Database;
import dev.djakarta.db.migrations.shop.Label;
import dev.djakarta.db.migrations.shop.Product;
import dev.djakarta.db.migrations.shop.ShopSite;
import dev.djakarta.db.Vendor;
import dev.djakarta.management.Manage;
import dev.djakarta.server.Engine;
import dev.djakarta.test.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site whose app ships migrations ({@link ShopSite}): the test extension builds its database by running them, and
 * makemigrations agrees that they are up to date. Run per vendor by the subclasses.
 */
abstract class ShopMigrationsContract {
    abstract Vendor vendor();

    private static List<String> strings(Database db, String sql) {
        return db.session().doReturningWork(c -> {
            List<String> out = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Test
    void theTestDatabaseIsBuiltByRunningTheAppsMigrations(Engine engine) {
        Database db = engine.database();
        assertThat(strings(db, "select name from shop_label")).containsExactly("featured");
        assertThat(new Migrations(db, List.of("shop"), ShopSite.class.getClassLoader()).list("shop"))
                .containsExactly(new Migration("shop", "0001_initial", true), new Migration("shop", "0002_featured_label", true));
    }

    @Test
    void theModelsWorkOnTheMigratedSchema(Engine engine) {
        Database db = engine.database();
        Label featured = db.manager(Label.class).get("name", "featured");
        Product product = db.manager(Product.class).create("sku", "A-1", "status", Product.Status.LIVE);
        product.getLabels().add(featured);
        db.session().flush();
        db.session().clear();
        assertThat(db.manager(Product.class).filter("labels__name", "featured").valuesListFlat("sku")).containsExactly("A-1");
    }

    @Test
    void makemigrationsFindsTheShippedMigrationsUpToDate(@TempDir Path emptyRoot) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Manage.run(new ShopSite(), new String[] {"makemigrations", "shop", "--dir", emptyRoot.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("DEBUG", "true", "DATABASE_URL", TestDatabases.defaultUrl(vendor())));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("No changes detected in app 'shop'\n");
        assertThat(emptyRoot).isEmptyDirectory();
    }
}
