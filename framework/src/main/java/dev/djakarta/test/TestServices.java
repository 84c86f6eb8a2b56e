package dev.djakarta.test;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Checks for external services tests need: skipped with the reason locally, a failure under CI ({@code CI=true}). */
public final class TestServices {
    private TestServices() {
    }

    /**
     * A headless Chromium for browser tests: the browser and the chromedriver that drives it, both from the system
     * (Debian's {@code chromium} and {@code chromium-driver} packages, which {@code .ci/run} installs), never downloaded.
     *
     * @param browser the browser executable ({@code /usr/bin/chromium}, or {@code $CHROMIUM_BIN})
     * @param driver  the driver executable ({@code /usr/bin/chromedriver}, or {@code $CHROMEDRIVER})
     */
    public record Chromium(Path browser, Path driver) {
        /**
         * The command-line switches for a quiet, reproducible headless run: no sandbox (containers), no GPU, no
         * {@code /dev/shm} (small in containers), no background traffic (updates, sync, QUIC), a fresh profile in
         * {@code userDataDir}, and a 1280x900 window.
         */
        public List<String> arguments(Path userDataDir) {
            return List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                    "--user-data-dir=" + userDataDir.toAbsolutePath());
        }
    }

    /**
     * Aborts (skips) the calling tests unless Chromium and chromedriver are installed; under CI, fails instead.
     *
     * @return where they are
     */
    public static Chromium requireChromium() {
        Chromium chromium = new Chromium(executable("CHROMIUM_BIN", "/usr/bin/chromium"),
                executable("CHROMEDRIVER", "/usr/bin/chromedriver"));
        for (Path program : List.of(chromium.browser(), chromium.driver())) {
            if (!Files.isExecutable(program)) {
                unavailable("browser", program + " is not installed (apt-get install chromium chromium-driver, as .ci/run does)");
            }
        }
        return chromium;
    }

    private static Path executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        return Path.of(configured == null || configured.isBlank() ? fallback : configured);
    }

    /** Aborts (skips) the calling tests unless Redis answers PING at {@code url}; under CI, fails instead. */
    public static void requireRedis(String url) {
        URI uri = URI.create(url);
        String reason = null;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()), 1000);
            s.setSoTimeout(1000);
            s.getOutputStream().write("PING\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] buf = new byte[7];
            int n = s.getInputStream().read(buf);
            if (n < 5 || !new String(buf, 0, n, java.nio.charset.StandardCharsets.US_ASCII).startsWith("+PONG")) {
                reason = "Redis at " + url + " did not answer PING";
            }
        } catch (java.io.IOException e) {
            reason = "Redis at " + url + " is not reachable: " + e.getMessage();
        }
        if (reason != null) {
            unavailable("Redis", reason);
        }
    }

    /** Skips with {@code reason}, or fails under CI, where every test must run. */
    private static void unavailable(String what, String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("Under CI the " + what + " tests must run, but " + reason);
        }
        System.err.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
    }
}
