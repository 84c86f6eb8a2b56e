package dev.djakarta.db.migrations.shop;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.urls.Routes;
import java.util.List;

/**
 * A site whose app ships migrations: {@code src/test/resources/migrations/shop/<vendor>/}. V0001 was written by
 * {@code makemigrations shop} for each vendor; V0002 is a hand-written data migration (Django's RunSQL) adding the
 * label 'featured'. After changing these models, regenerate: delete the V0001 files and run makemigrations with
 * {@code --dir src/test/resources} against each database (ShopMigrationsContract checks they are up to date).
 */
public class ShopSite extends Site {
    /** The app owning the shop models (tables shop_product, shop_label, shop_review). */
    public static final class ShopApp implements App {
        @Override
        public String label() {
            return "shop";
        }

        @Override
        public List<Class<?>> models() {
            return List.of(Label.class, Product.class, Review.class);
        }
    }

    @Override
    public List<App> apps() {
        return List.of(new ShopApp());
    }

    @Override
    public Routes routes() {
        return Routes.of();
    }
}
