package dev.djakarta.db;

import dev.djakarta.test.SiteTest;
import dev.djakarta.testmodels.ModelsSite;

/** The same suite on PostgreSQL (127.0.0.1:5432, user postgres, database test), in a schema of its own. */
@SiteTest(value = ModelsSite.class, settings = {"DEBUG=false", "SECRET_KEY=models-test-key",
    "DATABASE_URL=postgres://postgres@127.0.0.1:5432/test"})
class PostgresModelsTest extends QuerySetContract {
}
