package dev.djakarta.cache;

import static dev.djakarta.urls.Routes.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.Site;
import dev.djakarta.http.Cookie;
import dev.djakarta.http.Response;
import dev.djakarta.security.Csrf;
import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.urls.Routes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageCacheTest {
    static final AtomicInteger COUNTER = new AtomicInteger();

    /** Views that count their calls, so a cached page shows an old count. */
    public static final class CachedSite extends Site {
        @Override
        public Routes routes() {
            Duration minute = Duration.ofMinutes(1);
            return Routes.of(
                    path("count/", CachePage.of(minute, r -> Response.text("count " + COUNTER.incrementAndGet())), "count"),
                    path("lang/", CachePage.of(minute, r -> Response.text("lang " + r.header("Accept-Language") + " "
                            + COUNTER.incrementAndGet()).vary("Accept-Language")), "lang"),
                    path("cookie/", CachePage.of(minute, r -> Response.text("c " + COUNTER.incrementAndGet()).cookie(Cookie.of("a", "b"))), "cookie"),
                    path("form/", CachePage.of(minute, r -> Response.text("token " + Csrf.token(r) + " " + COUNTER.incrementAndGet())), "form"),
                    path("private/", CachePage.of(minute, r -> Response.text("p " + COUNTER.incrementAndGet()).header("Cache-Control", "private")), "private"),
                    path("never/", CacheControl.neverCache(r -> Response.text("never")), "never"),
                    path("public/", CacheControl.cacheControl("public, max-age=60", r -> Response.text("public")), "public"),
                    path("site/", r -> Response.text("site " + COUNTER.incrementAndGet()), "site"));
        }
    }

    private static Client client(String middleware) {
        return Client.of(new CachedSite(), Map.of("DEBUG", "false", "SECRET_KEY", "k", "MIDDLEWARE", middleware));
    }

    private final Client client = client("dev.djakarta.middleware.CommonMiddleware,dev.djakarta.security.CsrfMiddleware");

    @Test
    void cachePageServesTheSameResponseAgain() {
        TestResponse first = client.get("/count/");
        TestResponse second = client.get("/count/");
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.header("X-Cache")).isEqualTo("HIT");
        assertThat(first.header("Cache-Control")).isEqualTo("max-age=60");
        assertThat(first.header("Expires")).endsWith("GMT");
        assertThat(client.get("/count/?page=2").text()).isNotEqualTo(first.text());
    }

    @Test
    void varyHeadersGetTheirOwnEntries() {
        String en = client.request("GET", "/lang/").header("Accept-Language", "en").send().text();
        String fr = client.request("GET", "/lang/").header("Accept-Language", "fr").send().text();
        assertThat(fr).isNotEqualTo(en).startsWith("lang fr");
        assertThat(client.request("GET", "/lang/").header("Accept-Language", "en").send().text()).isEqualTo(en);
    }

    @Test
    void responsesThatSetCookiesCarryACsrfTokenOrArePrivateAreNeverCached() {
        assertThat(client.get("/cookie/").text()).isNotEqualTo(client.get("/cookie/").text());
        assertThat(client.get("/form/").text()).isNotEqualTo(client.get("/form/").text());
        assertThat(client.get("/private/").text()).isNotEqualTo(client.get("/private/").text());
        assertThat(client.post("/count/", Map.of()).text()).isNotEqualTo(client.post("/count/", Map.of()).text());
    }

    @Test
    void cacheControlHelpers() {
        TestResponse never = client.get("/never/");
        assertThat(never.header("Cache-Control")).isEqualTo("max-age=0, no-cache, no-store, must-revalidate, private");
        assertThat(never.header("Expires")).isNotNull();
        assertThat(client.get("/public/").header("Cache-Control")).isEqualTo("public, max-age=60");
    }

    @Test
    void theSiteWideMiddlewareCachesEveryCacheablePage() {
        Client site = client("dev.djakarta.cache.CacheMiddleware,dev.djakarta.middleware.CommonMiddleware");
        String first = site.get("/site/").text();
        assertThat(site.get("/site/").text()).isEqualTo(first);
        assertThat(site.get("/site/").header("Cache-Control")).isEqualTo("max-age=600");
    }

    @Test
    void aBadCacheSettingNamesIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Caches.from(dev.djakarta.conf.Settings.of(
                Map.of("CACHE_DEFAULT_BACKEND", "memcached")))).hasMessageContaining("CACHE_DEFAULT_BACKEND");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Caches.from(dev.djakarta.conf.Settings.of(
                Map.of("CACHE_DEFAULT_BACKEND", "redis", "CACHE_DEFAULT_LOCATION", "localhost")))).hasMessageContaining("CACHE_DEFAULT_LOCATION");
    }
}
