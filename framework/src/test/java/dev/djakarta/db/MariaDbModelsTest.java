package dev.djakarta.db;

import dev.djakarta.test.SiteTest;
import dev.djakarta.testmodels.ModelsSite;

/** The same suite on MariaDB (127.0.0.1:3306, root), in a database of its own. */
@SiteTest(value = ModelsSite.class, settings = {"DEBUG=false", "SECRET_KEY=models-test-key",
    "DATABASE_URL=mariadb://root@127.0.0.1:3306/test"})
class MariaDbModelsTest extends QuerySetContract {
}
