package dev.djakarta.db;

import dev.djakarta.test.SiteTest;
import dev.djakarta.testmodels.ModelsSite;

@SiteTest(value = ModelsSite.class, settings = {"DEBUG=false", "SECRET_KEY=models-test-key", "DATABASE_URL=h2:mem:"})
class H2ModelsTest extends QuerySetContract {
}
