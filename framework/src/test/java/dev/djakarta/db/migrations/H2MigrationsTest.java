package dev.djakarta.db.migrations;

import dev.djakarta.db.Vendor;

class H2MigrationsTest extends MigrationRoundTripContract {
    @Override
    Vendor vendor() {
        return Vendor.H2;
    }
}
