package dev.djakarta.benchmarks.tfb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference fortunes page: {@code shared/bench/expected-fortunes.html} beside the repository (as CI clones it),
 * else the copy committed in this module's test resources.
 */
final class ExpectedFortunes {
    private ExpectedFortunes() {
    }

    /** {@code <repo>/../shared/bench/expected-fortunes.html}; tests run in the module folder, {@code <repo>/benchmarks}. */
    static Path shared() {
        Path module = Path.of("").toAbsolutePath();
        return module.getParent().getParent().resolve("shared/bench/expected-fortunes.html");
    }

    static String committedCopy() {
        try (InputStream in = ExpectedFortunes.class.getResourceAsStream("/expected-fortunes.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html() {
        try {
            return Files.isRegularFile(shared()) ? Files.readString(shared(), StandardCharsets.UTF_8) : committedCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
