package dev.djakarta.test;

import dev.djakarta.http.RawRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A request made by the test client: what a servlet container would hand over, built in memory. */
final class ClientRawRequest implements RawRequest {
    private final String method;
    private final String scheme;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers;   // lower-case name -> values
    private final Map<String, String> spelled;         // lower-case name -> name as given
    private final String remoteAddr;
    private final byte[] body;

    ClientRawRequest(String method, String scheme, String rawPath, String rawQuery, Map<String, List<String>> headers,
                     String remoteAddr, byte[] body) {
        this.method = method;
        this.scheme = scheme;
        this.rawPath = rawPath;
        this.rawQuery = rawQuery;
        this.headers = new LinkedHashMap<>();
        this.spelled = new LinkedHashMap<>();
        headers.forEach((k, v) -> {
            this.headers.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v);
            this.spelled.putIfAbsent(k.toLowerCase(Locale.ROOT), k);
        });
        this.remoteAddr = remoteAddr;
        this.body = body;
    }

    public String method() {
        return method;
    }

    public String scheme() {
        return scheme;
    }

    public String rawPath() {
        return rawPath;
    }

    public String rawQuery() {
        return rawQuery;
    }

    public String header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public List<String> headers(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public List<String> headerNames() {
        return new ArrayList<>(spelled.values());
    }

    public String remoteAddr() {
        return remoteAddr;
    }

    public String serverName() {
        return "testserver";
    }

    public int serverPort() {
        return scheme.equals("https") ? 443 : 80;
    }

    public long contentLength() {
        return body.length;
    }

    public InputStream body() {
        return new ByteArrayInputStream(body);
    }
}
