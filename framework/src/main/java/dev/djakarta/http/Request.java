package dev.djakarta.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.djakarta.signing.BadSignature;
import dev.djakarta.signing.Signer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One HTTP request: Django's {@code HttpRequest}. Created per request over a {@link RawRequest}; nothing is
 * parsed until asked for (path, query, cookies, form, body, JSON are each decoded on first use and kept).
 *
 * <p>Decoding is strict: malformed percent-encoding or invalid UTF-8 throws {@link BadRequest}, bodies over the
 * configured limits throw {@link RequestTooLarge}; the engine turns both into 400/413 responses.
 *
 * <p>Not thread-safe: a request belongs to the thread that handles it.
 */
public final class Request {
    private static final Map<String, Object> NO_KWARGS = Map.of();

    private final RawRequest raw;
    private final RequestPolicy policy;
    private final String method;
    private String path;
    private Params query;
    private Map<String, String> cookies;
    private byte[] body;
    private boolean bodyTaken;
    private Params form;
    private Map<String, List<UploadedFile>> files;
    private JsonNode json;
    private String host;
    private Map<String, Object> kwargs = NO_KWARGS;
    private String routeName;
    private String routePattern;
    private Map<String, Object> attributes;

    public Request(RawRequest raw, RequestPolicy policy) {
        this.raw = raw;
        this.policy = policy;
        this.method = raw.method().toUpperCase(Locale.ROOT);
    }

    /** The transport-level request this one reads from. */
    public RawRequest raw() {
        return raw;
    }

    /** The upper-case method: GET, POST, ... */
    public String method() {
        return method;
    }

    /** True for GET, HEAD, OPTIONS and TRACE (RFC 9110 safe methods). */
    public boolean isSafeMethod() {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE");
    }

    /**
     * The decoded path below the application's context path, starting with {@code /} ({@code /caf%C3%A9/} gives
     * {@code /café/}).
     *
     * @throws BadRequest on malformed percent-encoding or invalid UTF-8
     */
    public String path() {
        if (path == null) {
            String p = raw.rawPath();
            path = UrlCodec.decode(p == null || p.isEmpty() ? "/" : p, false);
        }
        return path;
    }

    /** The path as sent, still encoded, plus {@code ?query} when there is one: Django's get_full_path(). */
    public String fullPath() {
        String q = raw.rawQuery();
        String p = raw.rawPath() == null || raw.rawPath().isEmpty() ? "/" : raw.rawPath();
        return q == null || q.isEmpty() ? p : p + "?" + q;
    }

    /** The query string as sent (still encoded), or {@code ""}. */
    public String queryString() {
        String q = raw.rawQuery();
        return q == null ? "" : q;
    }

    /** Query-string parameters (Django's {@code request.GET}). @throws BadRequest on malformed input */
    public Params query() {
        if (query == null) {
            query = UrlCodec.parseQuery(raw.rawQuery(), policy.maxFields());
        }
        return query;
    }

    /** The last value of a query parameter, or null. */
    public String query(String name) {
        return query().get(name);
    }

    /**
     * Form fields of a urlencoded or multipart body (Django's {@code request.POST}); empty for other content types.
     *
     * @throws BadRequest       on malformed input or too many fields
     * @throws RequestTooLarge  when the body is over DATA_UPLOAD_MAX_MEMORY_SIZE or a file over FILE_UPLOAD_MAX_SIZE
     */
    public Params form() {
        if (form == null) {
            parseForm();
        }
        return form;
    }

    /** The last value of a form field, or null. */
    public String form(String name) {
        return form().get(name);
    }

    /** Uploaded files of a multipart body by field name (Django's {@code request.FILES}). */
    public Map<String, List<UploadedFile>> files() {
        if (files == null) {
            parseForm();
        }
        return files;
    }

    /** The last file uploaded under {@code field}, or null. */
    public UploadedFile file(String field) {
        List<UploadedFile> list = files().get(field);
        return list == null || list.isEmpty() ? null : list.get(list.size() - 1);
    }

    private void parseForm() {
        String type = mediaType();
        if (type.equals("multipart/form-data")) {
            if (bodyTaken) {
                throw new IllegalStateException("The body was already read with body()/json(); read form() first");
            }
            bodyTaken = true;
            if (raw.contentLength() < 0 && contentType().indexOf("boundary=") < 0) {
                throw new BadRequest("Multipart body without a boundary");
            }
            try (InputStream in = raw.body()) {
                Multipart.Result result = Multipart.parse(contentType(), raw.contentLength(), in, policy);
                form = result.fields();
                files = result.files();
            } catch (IOException e) {
                throw new BadRequest("Could not read the request body: " + e.getMessage(), e);
            }
        } else if (type.equals("application/x-www-form-urlencoded")) {
            byte[] bytes = body();
            // the body is ASCII by definition; decode() reads %XX escapes as UTF-8 and refuses invalid sequences
            form = UrlCodec.parseQuery(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), policy.maxFields());
            files = Map.of();
        } else {
            form = Params.empty();
            files = Map.of();
        }
    }

    /**
     * The raw body, read into memory once.
     *
     * @throws RequestTooLarge when longer than DATA_UPLOAD_MAX_MEMORY_SIZE
     */
    public byte[] body() {
        if (body == null) {
            if (bodyTaken) {
                throw new IllegalStateException("The multipart body was already parsed by form()/files()");
            }
            bodyTaken = true;
            long declared = raw.contentLength();
            long max = policy.maxMemorySize();
            if (declared > max) {
                throw new RequestTooLarge("Request body (" + declared + " bytes) exceeded DATA_UPLOAD_MAX_MEMORY_SIZE (" + max + ")");
            }
            try (InputStream in = raw.body()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 256);
                byte[] buf = new byte[8192];
                int n;
                while ((n = in.read(buf)) > 0) {
                    if (out.size() + (long) n > max) {
                        throw new RequestTooLarge("Request body exceeded DATA_UPLOAD_MAX_MEMORY_SIZE (" + max + ")");
                    }
                    out.write(buf, 0, n);
                }
                body = out.toByteArray();
            } catch (IOException e) {
                throw new BadRequest("Could not read the request body: " + e.getMessage(), e);
            }
        }
        return body;
    }

    /** The body decoded as UTF-8 text. @throws BadRequest when it is not valid UTF-8 */
    public String bodyText() {
        byte[] b = body();
        return UrlCodec.utf8Strict(b, b.length);
    }

    /** The body parsed as JSON. @throws BadRequest when it is not well-formed JSON */
    public JsonNode json() {
        if (json == null) {
            try {
                byte[] b = body();
                if (b.length == 0) {
                    throw new BadRequest("Expected a JSON body, got an empty body");
                }
                json = Json.MAPPER.readTree(b);
            } catch (JacksonException e) {
                throw new BadRequest("Malformed JSON: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return json;
    }

    /** The body bound to {@code type} with Jackson. @throws BadRequest when malformed or of the wrong shape */
    public <T> T json(Class<T> type) {
        try {
            return Json.MAPPER.treeToValue(json(), type);
        } catch (JacksonException e) {
            throw new BadRequest("JSON does not match " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The first value of a header (case-insensitive), or null. */
    public String header(String name) {
        return raw.header(name);
    }

    /** Every value of a header; empty when absent. */
    public List<String> headers(String name) {
        return raw.headers(name);
    }

    /** The full Content-Type header, or {@code ""}. */
    public String contentType() {
        String ct = raw.header("Content-Type");
        return ct == null ? "" : ct;
    }

    /** The media type of the body without parameters, lower-case ({@code application/json}), or {@code ""}. */
    public String mediaType() {
        String ct = contentType();
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Cookies sent by the client. A malformed Cookie header is skipped pair by pair, never an error.
     * When a name repeats, the first wins (browsers send the most specific path first).
     */
    public Map<String, String> cookies() {
        if (cookies == null) {
            Map<String, String> map = new LinkedHashMap<>();
            for (String header : raw.headers("Cookie")) {
                for (String pair : header.split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    String name = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    if (!name.isEmpty() && Cookie.isToken(name)) {
                        map.putIfAbsent(name, value);
                    }
                }
            }
            cookies = Collections.unmodifiableMap(map);
        }
        return cookies;
    }

    /** One cookie's value, or null. */
    public String cookie(String name) {
        return cookies().get(name);
    }

    /**
     * A cookie set with {@link Response#signedCookie}, or null when absent, tampered with, or older than
     * {@code maxAge} (null for no age check). Django's get_signed_cookie with a default of None.
     */
    public String signedCookie(String name, String salt, Duration maxAge) {
        String value = cookie(name);
        if (value == null) {
            return null;
        }
        try {
            return new Signer(policy.secretKey(), Response.cookieSalt(name, salt)).unsign(value, maxAge);
        } catch (BadSignature e) {
            return null;
        }
    }

    /** The client's address as the transport saw it (a proxy's, unless a proxy-aware setting says otherwise). */
    public String remoteAddr() {
        return raw.remoteAddr();
    }

    /** {@code http} or {@code https} (as seen by the client, honouring SECURE_PROXY_SSL_HEADER). */
    public String scheme() {
        return isSecure() ? "https" : raw.scheme();
    }

    /**
     * True when the request came over HTTPS: directly, or (with SECURE_PROXY_SSL_HEADER) through a proxy that says so.
     */
    public boolean isSecure() {
        if ("https".equals(raw.scheme())) {
            return true;
        }
        String header = policy.proxySslHeader();
        return header != null && policy.proxySslValue().equalsIgnoreCase(String.valueOf(raw.header(header)).trim());
    }

    /**
     * The host the client asked for (from the Host header, lower-case, without the port), validated against
     * ALLOWED_HOSTS like Django's get_host().
     *
     * @throws DisallowedHost when the host is malformed or not allowed
     */
    public String host() {
        if (host == null) {
            String forwarded = policy.useForwardedHost() ? raw.header("X-Forwarded-Host") : null;
            String header = forwarded != null ? forwarded.split(",")[0].trim() : raw.header("Host");
            String h = header == null ? raw.serverName() : header;
            String name = policy.allowedHost(h == null ? "" : h);
            if (name == null) {
                throw new DisallowedHost(h == null ? "" : h);
            }
            host = name;
        }
        return host;
    }

    /** The Host header as sent (with port), after {@link #host()} validated it. */
    public String hostWithPort() {
        host();
        String header = raw.header("Host");
        return header != null ? header.trim() : raw.serverName() + ":" + raw.serverPort();
    }

    /** An absolute URL for {@code location} (a path, or the request's own path when null). */
    public String absoluteUri(String location) {
        if (location != null && (location.startsWith("http://") || location.startsWith("https://"))) {
            return location;
        }
        String loc = location == null ? fullPath() : location;
        return scheme() + "://" + hostWithPort() + loc;
    }

    /** Django's host_validation_re: a name or [IPv6], optionally ":port". */
    private static final java.util.regex.Pattern HOST =
            java.util.regex.Pattern.compile("([a-z0-9.-]+|\\[[a-f0-9]*:[a-f0-9.:]+])(:[0-9]+)?");

    /** The host part of a Host header without its port, or null when the header is malformed. */
    static String domainOf(String host) {
        if (host.isEmpty() || host.length() > 260) {
            return null;
        }
        java.util.regex.Matcher m = HOST.matcher(host);
        if (!m.matches()) {
            return null;
        }
        String domain = m.group(1);
        return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    }

    // ---- routing ------------------------------------------------------------------------------------------

    /** Called by the resolver when a route matched: its name (may be null) and converted keyword arguments. */
    public void bindRoute(String name, String pattern, Map<String, Object> kwargs) {
        this.routeName = name;
        this.routePattern = pattern;
        this.kwargs = kwargs;
    }

    /** The name of the route that matched ({@code "blog:post_detail"}), or null. */
    public String routeName() {
        return routeName;
    }

    /** The pattern of the route that matched ({@code "blog/<int:id>/"}), or null. */
    public String routePattern() {
        return routePattern;
    }

    /** Keyword arguments captured by the route, already converted (Integer for int, UUID for uuid, ...). */
    public Map<String, Object> kwargs() {
        return kwargs;
    }

    /** A captured argument as text. @throws IllegalArgumentException when the route has no such argument */
    public String kwarg(String name) {
        return String.valueOf(requireKwarg(name));
    }

    /** An {@code <int:...>} argument. */
    public int intKwarg(String name) {
        Object v = requireKwarg(name);
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(v.toString());
        } catch (NumberFormatException e) {
            throw new Http404("Argument '" + name + "' is not a whole number: " + v);
        }
    }

    /** A {@code <uuid:...>} argument. */
    public UUID uuidKwarg(String name) {
        Object v = requireKwarg(name);
        return v instanceof UUID u ? u : UUID.fromString(v.toString());
    }

    /** An argument of a custom converter's type. */
    public <T> T kwarg(String name, Class<T> type) {
        return type.cast(requireKwarg(name));
    }

    private Object requireKwarg(String name) {
        Object v = kwargs.get(name);
        if (v == null) {
            throw new IllegalArgumentException("Route '" + routeName + "' (" + routePattern + ") has no argument '"
                    + name + "'. Arguments: " + kwargs.keySet());
        }
        return v;
    }

    // ---- session and user ----------------------------------------------------------------------------------

    /** Request attribute under which SessionMiddleware stores the session. */
    public static final String SESSION_ATTRIBUTE = "djakarta.session";
    /** Request attribute under which AuthenticationMiddleware stores the (lazy) user. */
    public static final String USER_ATTRIBUTE = "djakarta.user";

    /**
     * The session (Django's request.session).
     *
     * @throws IllegalStateException when SessionMiddleware is not in MIDDLEWARE
     */
    public Session session() {
        Session s = attribute(SESSION_ATTRIBUTE);
        if (s == null) {
            throw new IllegalStateException("request.session() needs dev.djakarta.sessions.SessionMiddleware in MIDDLEWARE");
        }
        return s;
    }

    /**
     * The user making the request (an anonymous user when logged out), loaded on first use.
     *
     * @throws IllegalStateException when AuthenticationMiddleware is not in MIDDLEWARE
     */
    public Principal user() {
        java.util.function.Supplier<Principal> u = attribute(USER_ATTRIBUTE);
        if (u == null) {
            throw new IllegalStateException("request.user() needs dev.djakarta.auth.AuthenticationMiddleware in MIDDLEWARE "
                    + "(after SessionMiddleware)");
        }
        return u.get();
    }

    // ---- attributes ---------------------------------------------------------------------------------------

    /** A value a middleware stored on this request (the session, the user, the CSRF token...), or null. */
    @SuppressWarnings("unchecked")
    public <T> T attribute(String name) {
        return attributes == null ? null : (T) attributes.get(name);
    }

    /** Stores a value for later middleware and the view. */
    public void setAttribute(String name, Object value) {
        if (attributes == null) {
            attributes = new HashMap<>();
        }
        attributes.put(name, value);
    }

    /** The policy (limits, hosts, key) this request was created with. */
    public RequestPolicy policy() {
        return policy;
    }

    /** Deletes temporary upload files; called by the engine when the response has been written. */
    public void cleanUp() {
        if (files != null) {
            files.values().forEach(list -> list.forEach(UploadedFile::delete));
        }
    }

    @Override
    public String toString() {
        return method + " " + fullPath();
    }
}
