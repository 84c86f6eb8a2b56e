package dev.djakarta.http;

import java.util.Map;

/** 429, with {@code Retry-After}: the client must wait (login throttling, rate limits). */
public class TooManyRequests extends HttpException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyRequests(String message, long retryAfterSeconds) {
        super(429, message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
