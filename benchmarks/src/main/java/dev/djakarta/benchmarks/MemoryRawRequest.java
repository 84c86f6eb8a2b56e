package dev.djakarta.benchmarks;

import dev.djakarta.http.RawRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bodiless request held in memory, as a servlet container would hand it over: what the request benchmarks
 * feed the engine. Immutable, so one instance serves every invocation; {@link dev.djakarta.http.Request} does all
 * parsing itself, lazily, on each new request.
 */
final class MemoryRawRequest implements RawRequest {
    private static final byte[] NO_BODY = new byte[0];

    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers;   // lower-case name -> values
    private final List<String> names;                  // as sent

    private MemoryRawRequest(String method, String rawPath, String rawQuery, Map<String, String> headers) {
        this.method = method;
        this.rawPath = rawPath;
        this.rawQuery = rawQuery;
        this.headers = new LinkedHashMap<>();
        this.names = new ArrayList<>();
        headers.forEach((name, value) -> {
            this.headers.put(name.toLowerCase(Locale.ROOT), List.of(value));
            this.names.add(name);
        });
    }

    /** A GET for {@code rawPath} with the headers a browser-like client sends to {@code localhost:8000}. */
    static MemoryRawRequest get(String rawPath) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "localhost:8000");
        headers.put("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        headers.put("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
        headers.put("Accept-Encoding", "gzip, deflate, br");
        headers.put("Accept-Language", "en-GB,en;q=0.5");
        headers.put("Connection", "keep-alive");
        return new MemoryRawRequest("GET", rawPath, null, headers);
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String scheme() {
        return "http";
    }

    @Override
    public String rawPath() {
        return rawPath;
    }

    @Override
    public String rawQuery() {
        return rawQuery;
    }

    @Override
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : values.get(0);
    }

    @Override
    public List<String> headers(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    @Override
    public List<String> headerNames() {
        return List.copyOf(names);
    }

    @Override
    public String remoteAddr() {
        return "127.0.0.1";
    }

    @Override
    public String serverName() {
        return "localhost";
    }

    @Override
    public int serverPort() {
        return 8000;
    }

    @Override
    public long contentLength() {
        return NO_BODY.length;
    }

    @Override
    public InputStream body() {
        return new ByteArrayInputStream(NO_BODY);
    }
}
