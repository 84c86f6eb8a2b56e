package dev.djakarta.db.migrations;

import dev.djakarta.App;
import dev.djakarta.db.migrations.shop.ShopSite;
import dev.djakarta.testmodels.ModelsSite;
import java.util.List;

/** A site with an app that ships migrations (shop) and one that does not (blog). */
public class MixedSite extends ModelsSite {
    @Override
    public List<App> apps() {
        return List.of(new ModelsSite.BlogApp(), new ShopSite.ShopApp());
    }
}
