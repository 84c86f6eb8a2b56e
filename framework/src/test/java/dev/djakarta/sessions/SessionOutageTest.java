package dev.djakarta.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.test.TcpProxy;
import dev.djakarta.test.TestResponse;
import dev.djakarta.test.TestServices;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What visitors see when the session Redis goes away: cached_db carries on from the database; redis answers 503. */
class SessionOutageTest {
    private final Map<Logger, Level> levels = new HashMap<>();
    private final Map<Logger, ListAppender<ILoggingEvent>> appenders = new HashMap<>();

    private static Engine boot(String engine, String redisUrl) {
        Engine e = Client.bootForTests(new SessionSite(), Map.of("DEBUG", "false", "SECRET_KEY", "session-tests",
                "DATABASE_URL", "h2:mem:", "SESSION_ENGINE", engine, "SESSION_REDIS_URL", redisUrl,
                "MIDDLEWARE", "dev.djakarta.sessions.SessionMiddleware,dev.djakarta.middleware.CommonMiddleware"));
        e.database().createTablesFromModels();
        return e;
    }

    private List<ILoggingEvent> capture(String loggerName) {
        Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
        levels.put(logger, logger.getLevel());
        logger.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        appenders.put(logger, appender);
        return appender.list;
    }

    @AfterEach
    void restoreLogging() {
        appenders.forEach(Logger::detachAppender);
        levels.forEach(Logger::setLevel);
    }

    @Test
    void cachedDbSessionsWorkFromTheDatabaseWhenRedisIsDownAndWarnOnceWithoutAStackTrace() {
        List<ILoggingEvent> events = capture(CachedDatabaseSessionStore.class.getName());
        try (Engine engine = boot("cached_db", "redis://127.0.0.1:1/0")) {
            Client client = new Client(engine);
            assertThat(client.get("/set/kept/").status()).isEqualTo(200);
            for (int i = 0; i < 3; i++) {
                TestResponse r = client.get("/get/");
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.text()).isEqualTo("kept");
            }
            assertThat(events).hasSize(1);
            assertThat(events.get(0).getLevel()).isEqualTo(Level.WARN);
            assertThat(events.get(0).getFormattedMessage()).contains("Session cache redis://127.0.0.1:1/0 is unreachable")
                    .contains("database only");
            assertThat(events.get(0).getThrowableProxy()).isNull();
        }
    }

    @Test
    void cachedDbSessionsChangedDuringAnOutageAreNotReadStaleFromRedisAfterwards() throws Exception {
        TestServices.requireRedis("redis://127.0.0.1:6379/0");
        List<ILoggingEvent> events = capture(CachedDatabaseSessionStore.class.getName());
        try (TcpProxy redis = TcpProxy.to("127.0.0.1", 6379); Engine engine = boot("cached_db", "redis://127.0.0.1:" + redis.port() + "/0")) {
            Client client = new Client(engine);
            client.get("/set/before/");
            assertThat(client.get("/get/").text()).isEqualTo("before");   // now cached in Redis too

            redis.cut();
            assertThat(client.get("/set/during/").status()).isEqualTo(200);   // the database has it; Redis keeps "before"
            assertThat(client.get("/get/").text()).isEqualTo("during");

            redis.restore();
            Thread.sleep(CachedDatabaseSessionStore.RETRY_MILLIS + 100);   // Redis is tried again after this
            assertThat(client.get("/get/").text()).isEqualTo("during");
            assertThat(client.get("/get/").text()).isEqualTo("during");   // from Redis again, not the stale "before"
            assertThat(events).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(m -> assertThat(m).contains("is unreachable"))
                    .anySatisfy(m -> assertThat(m).contains("answers again"));
        }
    }

    @Test
    void redisSessionsAnswer503WithRetryAfterAndNoStackTraceWhenRedisIsDown() {
        List<ILoggingEvent> events = capture("djakarta.request");
        try (Engine engine = boot("redis", "redis://127.0.0.1:1/0")) {
            Client client = new Client(engine);
            long start = System.nanoTime();
            TestResponse r = client.get("/set/x/");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.header("Retry-After")).isEqualTo("5");
            assertThat(r.text()).contains("Service Unavailable").doesNotContain("Exception").doesNotContain("redis");
            assertThat(client.get("/nothing/").status()).isEqualTo(200);   // pages without a session still work
            assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
            assertThat(events.get(0).getFormattedMessage()).startsWith("Service Unavailable: /set/x/");
        }
    }
}
