package dev.djakarta.db.migrations;

import dev.djakarta.db.Vendor;
import dev.djakarta.db.migrations.shop.ShopSite;
import dev.djakarta.test.SiteTest;

@SiteTest(value = ShopSite.class, settings = {"DEBUG=false", "SECRET_KEY=shop-test-key", "DATABASE_URL=h2:mem:"})
class H2ShopMigrationsTest extends ShopMigrationsContract {
    @Override
    Vendor vendor() {
        return Vendor.H2;
    }
}
