package dev.djakarta.http;

/**
 * 400. The request looks like an attack or a misconfigured client (a forged Host header, a path that tries to
 * leave a directory). Logged on the {@code djakarta.security} logger; the user sees a plain 400.
 */
public class SuspiciousOperation extends BadRequest {
    private static final long serialVersionUID = 1L;

    public SuspiciousOperation(String message) {
        super(message);
    }
}
