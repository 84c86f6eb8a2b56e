package dev.djakarta.db.migrations;

import dev.djakarta.test.SiteTest;

@SiteTest(value = MixedSite.class, settings = {"DEBUG=false", "SECRET_KEY=mixed-test-key",
    "DATABASE_URL=postgres://postgres@127.0.0.1:5432/test"})
class PostgresMixedTestDatabaseTest extends MixedTestDatabaseContract {
}
