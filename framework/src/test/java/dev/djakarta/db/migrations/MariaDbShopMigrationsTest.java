package dev.djakarta.db.migrations;

import dev.djakarta.db.Vendor;
import dev.djakarta.db.migrations.shop.ShopSite;
import dev.djakarta.test.SiteTest;

@SiteTest(value = ShopSite.class, settings = {"DEBUG=false", "SECRET_KEY=shop-test-key",
    "DATABASE_URL=mariadb://root@127.0.0.1:3306/test"})
class MariaDbShopMigrationsTest extends ShopMigrationsContract {
    @Override
    Vendor vendor() {
        return Vendor.MARIADB;
    }
}
