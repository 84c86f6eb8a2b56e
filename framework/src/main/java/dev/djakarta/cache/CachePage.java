package dev.djakarta.cache;

import dev.djakarta.http.Response;
import dev.djakarta.server.Engine;
import dev.djakarta.views.View;
import java.time.Duration;

/**
 * Django's {@code cache_page}: {@code path("", CachePage.of(Duration.ofMinutes(5), BlogViews::home), "home")}.
 * See {@link PageCache} for what is (never) cached.
 */
public final class CachePage {
    private CachePage() {
    }

    /** Caches the view's pages in the default cache for {@code timeout}. */
    public static View of(Duration timeout, View view) {
        return of(timeout, "default", view);
    }

    /** Caches the view's pages in the named cache. */
    public static View of(Duration timeout, String cacheName, View view) {
        return request -> {
            PageCache pages = new PageCache(Caches.of(Engine.of(request)).get(cacheName), timeout, "views.cache_page.");
            Response cached = pages.fetch(request);
            return cached != null ? cached : pages.store(request, view.handle(request));
        };
    }
}
