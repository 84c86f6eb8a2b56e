package dev.djakarta.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract on Redis (127.0.0.1:6379); required under CI. */
class RedisCacheTest extends CacheContract {
    @BeforeAll
    static void redisMustBeThere() {
        dev.djakarta.test.TestServices.requireRedis("redis://127.0.0.1:6379/0");
    }

    @Override
    Cache create() {
        return new RedisCache("redis://127.0.0.1:6379/0", "djakarta-test:" + getClass().getSimpleName(), Duration.ofSeconds(300));
    }

    @Test
    void twoInstancesShareEntriesAndClearOnlyTheirPrefix() throws Exception {
        try (RedisCache other = new RedisCache("redis://127.0.0.1:6379/0", "djakarta-test:" + getClass().getSimpleName(), Duration.ofSeconds(60));
             RedisCache foreign = new RedisCache("redis://127.0.0.1:6379/0", "djakarta-test:foreign", Duration.ofSeconds(60))) {
            cache.set("shared", "from one instance");
            assertThat(other.get("shared")).isEqualTo("from one instance");
            foreign.set("keep", "mine");
            cache.clear();
            assertThat(other.get("shared")).isNull();
            assertThat(foreign.get("keep")).isEqualTo("mine");
            foreign.clear();
        }
    }
}
