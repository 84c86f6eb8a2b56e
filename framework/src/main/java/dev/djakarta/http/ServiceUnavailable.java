package dev.djakarta.http;

import java.util.Map;

/** 503: a backing service (the database, the cache) is unreachable; the client may retry shortly. */
public class ServiceUnavailable extends HttpException {
    private static final long serialVersionUID = 1L;

    public ServiceUnavailable(String message, Throwable cause) {
        super(503, message, cause);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", "5");
    }
}
