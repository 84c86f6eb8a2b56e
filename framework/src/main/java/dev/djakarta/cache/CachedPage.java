package dev.djakarta.cache;

import dev.djakarta.http.Response;
import java.util.ArrayList;
import java.util.List;

/** A response as stored in a cache: status, headers and body. */
public record CachedPage(int status, List<String[]> headers, byte[] body) {
    static CachedPage of(Response r) {
        List<String[]> headers = new ArrayList<>();
        r.headers().forEach((n, v) -> headers.add(new String[] {n, v}));
        return new CachedPage(r.status(), headers, r.content());
    }

    Response toResponse() {
        Response r = Response.of(status, null, body);
        for (String[] h : headers) {
            r.headers().add(h[0], h[1]);
        }
        return r;
    }
}
