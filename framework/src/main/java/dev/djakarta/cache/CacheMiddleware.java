package dev.djakarta.cache;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.middleware.Handler;
import dev.djakarta.middleware.Middleware;
import dev.djakarta.server.Engine;
import java.time.Duration;

/**
 * The site-wide cache: Django's UpdateCacheMiddleware + FetchFromCacheMiddleware pair as one onion layer (it answers
 * from the cache on the way in and stores on the way out). Put it outside the middleware whose headers should be
 * cached with the page, and inside SessionMiddleware/CsrfMiddleware so their cookies keep pages out of the cache.
 * CACHE_MIDDLEWARE_SECONDS (600) and CACHE_MIDDLEWARE_ALIAS (default) configure it.
 */
public final class CacheMiddleware implements Middleware {
    private final Engine engine;
    private final Duration timeout;
    private final String alias;

    public CacheMiddleware(Engine engine) {
        this.engine = engine;
        long seconds = engine.settings().longValue("CACHE_MIDDLEWARE_SECONDS", 600);
        if (seconds <= 0) {
            throw engine.settings().invalid("CACHE_MIDDLEWARE_SECONDS", "expected seconds greater than 0");
        }
        this.timeout = Duration.ofSeconds(seconds);
        this.alias = engine.settings().string("CACHE_MIDDLEWARE_ALIAS", "default");
    }

    @Override
    public Response handle(Request request, Handler next) throws Exception {
        PageCache pages = new PageCache(Caches.of(engine).get(alias), timeout, "middleware.");
        Response cached = pages.fetch(request);
        return cached != null ? cached : pages.store(request, next.handle(request));
    }
}
