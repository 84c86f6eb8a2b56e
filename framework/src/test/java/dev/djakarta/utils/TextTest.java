package dev.djakarta.utils;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void slugifyMatchesDjango() {
        assertThat(Text.slugify("Héllo, World!")).isEqualTo("hello-world");
        assertThat(Text.slugify("  Jack & Jill like numbers 1,2,3 and 4 and silly characters ?%.$!/")).isEqualTo("jack-jill-like-numbers-123-and-4-and-silly-characters");
        assertThat(Text.slugify("-- under_score --")).isEqualTo("under_score");
        assertThat(Text.slugify("日本語")).isEmpty();
        assertThat(Text.slugify(null)).isEmpty();
    }
}
