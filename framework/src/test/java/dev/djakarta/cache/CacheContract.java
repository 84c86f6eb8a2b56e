package dev.djakarta.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cache API's behaviour, run against each backend by a subclass. */
abstract class CacheContract {
    Cache cache;

    abstract Cache create();

    record Point(int x, String label) {
    }

    @BeforeEach
    void open() {
        cache = create();
        cache.clear();
    }

    @AfterEach
    void close() throws Exception {
        cache.clear();
        if (cache instanceof AutoCloseable c) {
            c.close();
        }
    }

    @Test
    void setGetAndDelete() {
        cache.set("greeting", "hello");
        assertThat(cache.get("greeting")).isEqualTo("hello");
        assertThat(cache.has("greeting")).isTrue();
        assertThat(cache.delete("greeting")).isTrue();
        assertThat(cache.get("greeting")).isNull();
        assertThat(cache.delete("greeting")).isFalse();
    }

    @Test
    void objectsRoundTripAsTheirType() {
        cache.set("point", new Point(3, "three"));
        assertThat(cache.get("point", Point.class)).isEqualTo(new Point(3, "three"));
        cache.set("bytes", new byte[] {1, 2, 3});
        assertThat(cache.get("bytes", byte[].class)).containsExactly(1, 2, 3);
        cache.set("n", 41L);
        assertThat(cache.get("n", Long.class)).isEqualTo(41L);
    }

    @Test
    void entriesExpire() throws Exception {
        cache.set("short", "x", Duration.ofMillis(300));
        assertThat(cache.get("short")).isEqualTo("x");
        Thread.sleep(700);
        assertThat(cache.get("short")).isNull();
        cache.set("zero", "x", Duration.ZERO);
        assertThat(cache.has("zero")).isFalse();
        cache.set("forever", "x", Cache.FOREVER);
        assertThat(cache.get("forever")).isEqualTo("x");
    }

    @Test
    void addOnlyStoresMissingKeys() {
        assertThat(cache.add("k", "first", null)).isTrue();
        assertThat(cache.add("k", "second", null)).isFalse();
        assertThat(cache.get("k")).isEqualTo("first");
    }

    @Test
    void getOrSetComputesOnce() {
        int[] calls = {0};
        assertThat(cache.getOrSet("computed", String.class, () -> "v" + ++calls[0], null)).isEqualTo("v1");
        assertThat(cache.getOrSet("computed", String.class, () -> "v" + ++calls[0], null)).isEqualTo("v1");
        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void incrAndDecrWorkOnStoredNumbersOnly() {
        cache.set("hits", 10L);
        assertThat(cache.incr("hits", 5)).isEqualTo(15);
        assertThat(cache.decr("hits", 3)).isEqualTo(12);
        assertThat(cache.get("hits", Long.class)).isEqualTo(12L);
        assertThatThrownBy(() -> cache.incr("missing", 1)).isInstanceOf(IllegalArgumentException.class);
        cache.set("text", "abc");
        assertThatThrownBy(() -> cache.incr("text", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manyKeysAtOnce() {
        cache.setMany(Map.of("a", "1", "b", "2"), null);
        assertThat(cache.getMany(List.of("a", "b", "c"), String.class)).containsOnly(Map.entry("a", "1"), Map.entry("b", "2"));
        cache.deleteMany(List.of("a", "b"));
        assertThat(cache.getMany(List.of("a", "b"), String.class)).isEmpty();
    }
}
