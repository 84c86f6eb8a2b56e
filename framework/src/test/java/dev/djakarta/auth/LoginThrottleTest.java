package dev.djakarta.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.cache.Cache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T00:00:00Z");

        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now;
        }
    }

    @Test
    void blocksAfterTheLimitPerUsernameAndPerAddressUntilTheWindowPasses() {
        MovableClock clock = new MovableClock();
        LoginThrottle t = new LoginThrottle(3, 60, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(t.retryAfter("Ann", "1.1.1.1")).isZero();
            t.failed("Ann", "1.1.1." + i);
        }
        assertThat(t.retryAfter("ann", "9.9.9.9")).isEqualTo(60);
        assertThat(t.retryAfter("bob", "1.1.1.9")).isZero();
        clock.now = clock.now.plusSeconds(61);
        assertThat(t.retryAfter("ann", "9.9.9.9")).isZero();
    }

    @Test
    void successClearsTheCounters() {
        LoginThrottle t = new LoginThrottle(2, 60, new MovableClock());
        t.failed("ann", "1.1.1.1");
        t.succeeded("ann", "1.1.1.1");
        t.failed("ann", "1.1.1.1");
        assertThat(t.retryAfter("ann", "1.1.1.1")).isZero();
    }

    @Test
    void aSharedCacheCountsAcrossInstances() {
        Cache shared = dev.djakarta.cache.Caches.defaultCache(dev.djakarta.server.Engine.boot(new dev.djakarta.testsite.TestSite(),
                dev.djakarta.testsite.TestSite.production()));
        LoginThrottle one = new LoginThrottle(2, 60, Clock.systemUTC(), shared);
        LoginThrottle two = new LoginThrottle(2, 60, Clock.systemUTC(), shared);
        one.failed("ann", "1.1.1.1");
        two.failed("ann", "2.2.2.2");
        assertThat(one.retryAfter("ann", "3.3.3.3")).isBetween(1L, 60L);
        assertThat(two.retryAfter("ann", "3.3.3.3")).isBetween(1L, 60L);
        assertThat(Duration.ofSeconds(one.retryAfter("bob", "3.3.3.3"))).isZero();
    }
}
