package dev.djakarta.http;

import java.util.Collection;
import java.util.List;

/** 405, with an {@code Allow} header listing the methods the view accepts. */
public class MethodNotAllowed extends HttpException {
    private static final long serialVersionUID = 1L;
    private final List<String> allowed;

    public MethodNotAllowed(String method, Collection<String> allowed) {
        super(405, "Method " + method + " not allowed. Allowed: " + String.join(", ", allowed));
        this.allowed = List.copyOf(allowed);
    }

    @Override
    public java.util.Map<String, String> headers() {
        return java.util.Map.of("Allow", String.join(", ", allowed));
    }

    /** The methods to list in the {@code Allow} header. */
    public List<String> allowed() {
        return allowed;
    }
}
