package dev.djakarta.db.migrations;

import dev.djakarta.db.Vendor;

/** The round trip on MariaDB (127.0.0.1:3306, root), in a database of its own. */
class MariaDbMigrationsTest extends MigrationRoundTripContract {
    @Override
    Vendor vendor() {
        return Vendor.MARIADB;
    }
}
