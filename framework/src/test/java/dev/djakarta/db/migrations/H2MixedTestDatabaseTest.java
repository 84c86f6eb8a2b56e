package dev.djakarta.db.migrations;

import dev.djakarta.test.SiteTest;

@SiteTest(value = MixedSite.class, settings = {"DEBUG=false", "SECRET_KEY=mixed-test-key", "DATABASE_URL=h2:mem:"})
class H2MixedTestDatabaseTest extends MixedTestDatabaseContract {
}
