package dev.djakarta.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.server.Engine;
import dev.djakarta.test.SiteTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SiteTest(value = SessionSite.class, settings = {"DEBUG=false", "SECRET_KEY=session-tests", "DATABASE_URL=h2:mem:",
    "MIDDLEWARE=dev.djakarta.sessions.SessionMiddleware,dev.djakarta.middleware.CommonMiddleware"})
class DatabaseSessionsTest extends SessionContract {
    @Test
    void clearsessionsRemovesOnlyExpiredRows(Engine engine) {
        SessionStore store = Sessions.of(engine).store();
        store.save("expiredexpiredexpired00000000000", Map.of("a", 1), Instant.now().minusSeconds(60));
        store.save("liveliveliveliveliveliveliveli00", Map.of("a", 1), Instant.now().plusSeconds(60));
        assertThat(store.clearExpired()).isEqualTo(1);
        assertThat(store.exists("liveliveliveliveliveliveliveli00")).isTrue();
        assertThat(store.exists("expiredexpiredexpired00000000000")).isFalse();
    }
}
