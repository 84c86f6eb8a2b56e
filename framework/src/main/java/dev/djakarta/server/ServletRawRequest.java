package dev.djakarta.server;

import dev.djakarta.http.RawRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;

/** A servlet request seen as a {@link RawRequest}: no parsing, no decoding, headers read on demand. */
final class ServletRawRequest implements RawRequest {
    private final HttpServletRequest request;
    private final String rawPath;

    ServletRawRequest(HttpServletRequest request) {
        this.request = request;
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = context.isEmpty() || !uri.startsWith(context) ? uri : uri.substring(context.length());
        this.rawPath = path.isEmpty() ? "/" : path;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String scheme() {
        return request.getScheme();
    }

    @Override
    public String rawPath() {
        return rawPath;
    }

    @Override
    public String rawQuery() {
        return request.getQueryString();
    }

    @Override
    public String header(String name) {
        return request.getHeader(name);
    }

    @Override
    public List<String> headers(String name) {
        return Collections.list(request.getHeaders(name));
    }

    @Override
    public List<String> headerNames() {
        return Collections.list(request.getHeaderNames());
    }

    @Override
    public String remoteAddr() {
        return request.getRemoteAddr();
    }

    @Override
    public String serverName() {
        return request.getServerName();
    }

    @Override
    public int serverPort() {
        return request.getServerPort();
    }

    @Override
    public long contentLength() {
        return request.getContentLengthLong();
    }

    @Override
    public InputStream body() throws IOException {
        return request.getInputStream();
    }
}
