package dev.djakarta.cache;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.security.CsrfMiddleware;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Whole-page caching, shared by {@link CachePage} (per view) and {@link CacheMiddleware} (site-wide), with Django's
 * rules: only GET/HEAD and 200 responses; never a response that sets cookies, hands out a CSRF token, is streamed,
 * or says {@code private}/{@code no-store}/{@code no-cache}; the key is the absolute URL plus the values of the
 * request headers named in the response's {@code Vary} (remembered per URL, as Django's learn_cache_key does).
 */
final class PageCache {
    private final Cache cache;
    private final Duration timeout;
    private final String prefix;

    PageCache(Cache cache, Duration timeout, String prefix) {
        this.cache = cache;
        this.timeout = timeout;
        this.prefix = prefix;
    }

    /** The cached response for this request, or null. */
    Response fetch(Request request) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return null;
        }
        String url = request.absoluteUri(null);
        String varyList = cache.get(headersKey(url), String.class);
        if (varyList == null) {
            return null;
        }
        CachedPage page = cache.get(pageKey(request, url, varyList), CachedPage.class);
        return page == null ? null : page.toResponse().header("X-Cache", "HIT");
    }

    /** Stores the response when the rules allow it, adding Cache-Control max-age and Expires when absent. */
    Response store(Request request, Response response) {
        if (!cacheable(request, response)) {
            return response;
        }
        if (response.header("Cache-Control") == null) {
            response.header("Cache-Control", "max-age=" + timeout.getSeconds());
        }
        if (response.header("Expires") == null) {
            response.header("Expires", Response.httpDate(Instant.now().plus(timeout)));
        }
        String url = request.absoluteUri(null);
        String vary = varyHeaders(response);
        cache.set(headersKey(url), vary, timeout);
        cache.set(pageKey(request, url, vary), CachedPage.of(response), timeout);
        return response;
    }

    private static boolean cacheable(Request request, Response response) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return false;
        }
        if (response.status() != 200 || response.isStreaming() || !response.cookies().isEmpty() || CsrfMiddleware.tokenUsed(request)) {
            return false;
        }
        String cc = String.valueOf(response.header("Cache-Control")).toLowerCase(Locale.ROOT);
        if (cc.contains("private") || cc.contains("no-store") || cc.contains("no-cache")) {
            return false;
        }
        return !String.valueOf(response.header("Vary")).contains("*");
    }

    private static String varyHeaders(Response response) {
        List<String> names = new ArrayList<>();
        for (String v : response.headers().getAll("Vary")) {
            for (String h : v.split(",")) {
                if (!h.isBlank()) {
                    names.add(h.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        names.sort(null);
        return String.join(",", names);
    }

    private String headersKey(String url) {
        return prefix + "headers." + md5(url);
    }

    private String pageKey(Request request, String url, String varyList) {
        StringBuilder material = new StringBuilder(url);
        if (!varyList.isEmpty()) {
            for (String h : varyList.split(",")) {
                material.append('\n').append(h).append('=').append(String.join(",", request.headers(h)));
            }
        }
        return prefix + "page." + md5(material.toString());
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
