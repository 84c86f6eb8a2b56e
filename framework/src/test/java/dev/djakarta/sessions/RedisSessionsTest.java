package dev.djakarta.sessions;

import dev.djakarta.test.SiteTest;
import org.junit.jupiter.api.BeforeAll;

/** The same contract with sessions in Redis (127.0.0.1:6379); required under CI, skipped with a reason elsewhere. */
@SiteTest(value = SessionSite.class, settings = {"DEBUG=false", "SECRET_KEY=session-tests", "DATABASE_URL=h2:mem:",
    "SESSION_ENGINE=redis", "SESSION_REDIS_URL=redis://127.0.0.1:6379/0",
    "MIDDLEWARE=dev.djakarta.sessions.SessionMiddleware,dev.djakarta.middleware.CommonMiddleware"})
class RedisSessionsTest extends SessionContract {
    @BeforeAll
    static void redisMustBeThere() {
        dev.djakarta.test.TestServices.requireRedis("redis://127.0.0.1:6379/0");
    }
}
