package dev.djakarta.db.migrations;

import dev.djakarta.db.Vendor;
import dev.djakarta.db.migrations.shop.ShopSite;
import dev.djakarta.test.SiteTest;

@SiteTest(value = ShopSite.class, settings = {"DEBUG=false", "SECRET_KEY=shop-test-key",
    "DATABASE_URL=postgres://postgres@127.0.0.1:5432/test"})
class PostgresShopMigrationsTest extends ShopMigrationsContract {
    @Override
    Vendor vendor() {
        return Vendor.POSTGRESQL;
    }
}
