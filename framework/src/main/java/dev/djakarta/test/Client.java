package dev.djakarta.test;

import dev.djakarta.Site;
import dev.djakarta.conf.Settings;
import dev.djakarta.http.Cookie;
import dev.djakarta.http.Json;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.http.UrlCodec;
import dev.djakarta.server.Engine;
import dev.djakarta.templates.RenderRecorder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django's test Client: sends requests through the real engine (settings, middleware chain, resolver, views,
 * error handling) in-process, with no port. Keeps cookies between requests like a browser, and can follow
 * redirects. The Host is {@code testserver}, which {@link #of} adds to ALLOWED_HOSTS as Django's test runner does.
 *
 * <pre>{@code
 * Client client = Client.of(new BlogSite());
 * TestResponse r = client.get("/posts/?page=2");
 * assertThat(r.status()).isEqualTo(200);
 * }</pre>
 *
 * Not thread-safe: use one client per test.
 */
public final class Client {
    private final Engine engine;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private boolean followRedirects;
    private boolean enforceCsrfChecks;

    public Client(Engine engine) {
        this.engine = engine;
    }

    /** Boots {@code site} with test defaults (Host testserver allowed) and a client for it. */
    public static Client of(Site site) {
        return of(site, Map.of());
    }

    /** Boots {@code site} with {@code overrides} on top of its settings. */
    public static Client of(Site site, Map<String, String> overrides) {
        return new Client(bootForTests(site, overrides));
    }

    /** Boots a site as tests want it: the given overrides, and {@code testserver} added to ALLOWED_HOSTS. */
    public static Engine bootForTests(Site site, Map<String, String> overrides) {
        Settings settings = Settings.load(site.getClass().getClassLoader(), overrides);
        List<String> hosts = new ArrayList<>(settings.list("ALLOWED_HOSTS"));
        if (!hosts.contains("testserver") && !hosts.contains("*")) {
            hosts.add("testserver");
        }
        return Engine.boot(site, settings.with(Map.of("ALLOWED_HOSTS", String.join(",", hosts))), "");
    }

    public Engine engine() {
        return engine;
    }

    /** Follow redirects from now on (the final response carries the chain). */
    public Client followRedirects(boolean follow) {
        this.followRedirects = follow;
        return this;
    }

    /**
     * Check CSRF tokens on this client's requests. Off by default, as in Django's test client, so tests of views
     * need not fetch tokens; security tests turn it on.
     */
    public Client enforceCsrfChecks(boolean enforce) {
        this.enforceCsrfChecks = enforce;
        return this;
    }

    /** The cookie jar (name to value). */
    public Map<String, String> cookies() {
        return cookies;
    }

    public TestResponse get(String path) {
        return request("GET", path).send();
    }

    public TestResponse get(String path, Map<String, ?> query) {
        return request("GET", path).query(query).send();
    }

    public TestResponse head(String path) {
        return request("HEAD", path).send();
    }

    public TestResponse options(String path) {
        return request("OPTIONS", path).send();
    }

    public TestResponse delete(String path) {
        return request("DELETE", path).send();
    }

    /** POSTs urlencoded form data; values are strings or lists of strings. */
    public TestResponse post(String path, Map<String, ?> form) {
        return request("POST", path).form(form).send();
    }

    /** POSTs a JSON body. */
    public TestResponse postJson(String path, Object body) {
        return request("POST", path).json(body).send();
    }

    public TestResponse put(String path, Map<String, ?> form) {
        return request("PUT", path).form(form).send();
    }

    /** A request to build: headers, body, HTTPS, client address. */
    public RequestBuilder request(String method, String path) {
        return new RequestBuilder(method, path);
    }

    /** A request under construction. */
    public final class RequestBuilder {
        private final String method;
        private String path;
        private String query;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private byte[] body = new byte[0];
        private boolean secure;
        private String remoteAddr = "127.0.0.1";

        RequestBuilder(String method, String path) {
            this.method = method;
            int q = path.indexOf('?');
            this.path = encodeLoosely(q < 0 ? path : path.substring(0, q));
            this.query = q < 0 ? null : path.substring(q + 1);
            headers.put("Host", new ArrayList<>(List.of("testserver")));
        }

        /** Adds query parameters (encoded here). */
        public RequestBuilder query(Map<String, ?> params) {
            String encoded = encodeForm(params);
            query = query == null || query.isEmpty() ? encoded : query + "&" + encoded;
            return this;
        }

        public RequestBuilder header(String name, String value) {
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return this;
        }

        /** Replaces the Host header. */
        public RequestBuilder host(String host) {
            headers.put("Host", new ArrayList<>(List.of(host)));
            return this;
        }

        public RequestBuilder body(byte[] bytes, String contentType) {
            this.body = bytes;
            headers.put("Content-Type", new ArrayList<>(List.of(contentType)));
            return this;
        }

        public RequestBuilder body(String text, String contentType) {
            return body(text.getBytes(StandardCharsets.UTF_8), contentType);
        }

        public RequestBuilder form(Map<String, ?> form) {
            return body(encodeForm(form), "application/x-www-form-urlencoded");
        }

        public RequestBuilder json(Object value) {
            try {
                return body(Json.MAPPER.writeValueAsBytes(value), "application/json");
            } catch (IOException e) {
                throw new IllegalArgumentException(e);
            }
        }

        /** A multipart/form-data body. */
        public RequestBuilder multipart(MultipartBody multipart) {
            return body(multipart.bytes(), multipart.contentType());
        }

        /** Send as HTTPS. */
        public RequestBuilder secure() {
            this.secure = true;
            return this;
        }

        public RequestBuilder remoteAddr(String addr) {
            this.remoteAddr = addr;
            return this;
        }

        public TestResponse send() {
            List<String> chain = new ArrayList<>();
            TestResponse r = once(method, path, query, body);
            String m = method;
            byte[] b = body;
            int hops = 0;
            while (followRedirects && r.status() >= 301 && r.status() <= 308 && r.status() != 304 && r.location() != null) {
                if (++hops > 20) {
                    throw new AssertionError("Redirect loop: " + chain);
                }
                String location = r.location();
                chain.add(location);
                if (location.startsWith("http://") || location.startsWith("https://")) {
                    int slash = location.indexOf('/', location.indexOf("//") + 2);
                    location = slash < 0 ? "/" : location.substring(slash);
                }
                if (r.status() != 307 && r.status() != 308) {
                    m = m.equals("HEAD") ? "HEAD" : "GET";
                    b = new byte[0];
                    headers.remove("Content-Type");
                }
                int q = location.indexOf('?');
                r = once(m, q < 0 ? location : location.substring(0, q), q < 0 ? null : location.substring(q + 1), b);
            }
            return chain.isEmpty() ? r : new TestResponse(r.response(), r.request(), r.bytes(), List.copyOf(chain));
        }

        private TestResponse once(String m, String p, String q, byte[] b) {
            Map<String, List<String>> h = new LinkedHashMap<>(headers);
            if (!cookies.isEmpty() && !h.containsKey("Cookie")) {
                StringBuilder sb = new StringBuilder();
                cookies.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append('=').append(v));
                h.put("Cookie", List.of(sb.toString()));
            }
            ClientRawRequest raw = new ClientRawRequest(m, secure ? "https" : "http", p, q, h, remoteAddr, b);
            Request request = engine.newRequest(raw);
            if (!enforceCsrfChecks) {
                request.setAttribute(dev.djakarta.security.CsrfMiddleware.DONT_ENFORCE_ATTRIBUTE, Boolean.TRUE);
            }
            request.setAttribute(RenderRecorder.ATTRIBUTE, new RenderRecorder());   // for templateName() and context()
            try {
                Response response = engine.handle(request);
                for (Cookie c : response.cookies()) {
                    if (c.maxAge() == 0) {
                        cookies.remove(c.name());
                    } else {
                        cookies.put(c.name(), c.value());
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (!m.equals("HEAD") && response.status() != 204 && response.status() != 304) {
                    response.writeBody(out);
                }
                return new TestResponse(response, request, out.toByteArray(), List.of());
            } catch (IOException e) {
                throw new AssertionError("Writing the response body failed", e);
            } finally {
                engine.finish(request);
            }
        }
    }

    static String encodeForm(Map<String, ?> form) {
        StringBuilder sb = new StringBuilder();
        form.forEach((k, v) -> {
            List<?> values = v instanceof List<?> l ? l : List.of(v);
            for (Object value : values) {
                if (sb.length() > 0) {
                    sb.append('&');
                }
                sb.append(UrlCodec.encodeQueryComponent(k)).append('=').append(UrlCodec.encodeQueryComponent(String.valueOf(value)));
            }
        });
        return sb.toString();
    }

    /** Encodes characters a browser would (non-ASCII, spaces) but keeps existing %XX escapes as given. */
    static String encodeLoosely(String path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c > 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < path.length() ? i + 2 : i + 1;
                sb.append(UrlCodec.encodePathSegment(path.substring(i, end)));
                i = end - 1;
            }
        }
        return sb.toString();
    }

    /** Convenience for Map.of-style form data with repeated names: {@code form("a", "1", "a", "2")}. */
    public static Map<String, List<String>> form(String... namesAndValues) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return out;
    }
}
