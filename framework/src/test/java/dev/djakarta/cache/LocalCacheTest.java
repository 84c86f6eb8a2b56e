package dev.djakarta.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalCacheTest extends CacheContract {
    @Override
    Cache create() {
        return new LocalCache(100, Duration.ofSeconds(300));
    }

    @Test
    void isBounded() throws Exception {
        Cache small = new LocalCache(10, Duration.ofSeconds(60));
        for (int i = 0; i < 1000; i++) {
            small.set("k" + i, i);
        }
        Thread.sleep(200);
        long kept = java.util.stream.IntStream.range(0, 1000).filter(i -> small.has("k" + i)).count();
        assertThat(kept).isLessThanOrEqualTo(20);
    }
}
