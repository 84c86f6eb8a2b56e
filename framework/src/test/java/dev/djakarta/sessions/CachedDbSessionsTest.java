package dev.djakarta.sessions;

import dev.djakarta.test.SiteTest;
import org.junit.jupiter.api.BeforeAll;

/** The session contract with SESSION_ENGINE=cached_db (the database, with a copy in Redis at 127.0.0.1:6379). */
@SiteTest(value = SessionSite.class, settings = {"DEBUG=false", "SECRET_KEY=session-tests", "DATABASE_URL=h2:mem:",
    "SESSION_ENGINE=cached_db", "SESSION_REDIS_URL=redis://127.0.0.1:6379/0",
    "MIDDLEWARE=dev.djakarta.sessions.SessionMiddleware,dev.djakarta.middleware.CommonMiddleware"})
class CachedDbSessionsTest extends SessionContract {
    @BeforeAll
    static void redisMustBeThere() {
        dev.djakarta.test.TestServices.requireRedis("redis://127.0.0.1:6379/0");
    }
}
