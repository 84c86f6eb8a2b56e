package dev.djakarta.test;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Assumptions;

/** Checks for external services tests need: skipped with the reason locally, a failure under CI ({@code CI=true}). */
public final class TestServices {
    private TestServices() {
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
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("Under CI the Redis tests must run, but " + reason);
            }
            System.err.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
    }
}
