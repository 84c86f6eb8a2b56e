package dev.djakarta.sessions;

import dev.djakarta.test.SiteTest;

/** The whole session contract still holds with cached_db when Redis cannot be reached at all (a closed port). */
@SiteTest(value = SessionSite.class, settings = {"DEBUG=false", "SECRET_KEY=session-tests", "DATABASE_URL=h2:mem:",
    "SESSION_ENGINE=cached_db", "SESSION_REDIS_URL=redis://127.0.0.1:1/0",
    "MIDDLEWARE=dev.djakarta.sessions.SessionMiddleware,dev.djakarta.middleware.CommonMiddleware"})
class CachedDbSessionsWithoutRedisTest extends SessionContract {
}
