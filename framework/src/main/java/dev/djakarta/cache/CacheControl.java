package dev.djakarta.cache;

import dev.djakarta.http.Response;
import dev.djakarta.views.View;
import java.time.Instant;

/** Django's never_cache and cache_control view wrappers. */
public final class CacheControl {
    private CacheControl() {
    }

    /** Pages no cache (browser or proxy) may keep. */
    public static View neverCache(View view) {
        return request -> {
            Response r = view.handle(request);
            r.header("Cache-Control", "max-age=0, no-cache, no-store, must-revalidate, private");
            r.header("Expires", Response.httpDate(Instant.now()));
            return r;
        };
    }

    /** Sets Cache-Control directives, e.g. {@code cacheControl("public, max-age=3600", view)}. */
    public static View cacheControl(String directives, View view) {
        return request -> view.handle(request).header("Cache-Control", directives);
    }
}
