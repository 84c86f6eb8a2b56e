package dev.djakarta.db.migrations;

import dev.djakarta.db.Vendor;

/** The round trip on PostgreSQL (127.0.0.1:5432, user postgres, database test), in a schema of its own. */
class PostgresMigrationsTest extends MigrationRoundTripContract {
    @Override
    Vendor vendor() {
        return Vendor.POSTGRESQL;
    }
}
