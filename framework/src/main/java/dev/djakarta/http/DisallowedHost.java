package dev.djakarta.http;

/** 400. The Host header names a host that is not in ALLOWED_HOSTS (Django's DisallowedHost). */
public class DisallowedHost extends SuspiciousOperation {
    private static final long serialVersionUID = 1L;

    public DisallowedHost(String host) {
        super("Invalid HTTP_HOST header: '" + host + "'. You may need to add '" + host + "' to ALLOWED_HOSTS.");
    }
}
