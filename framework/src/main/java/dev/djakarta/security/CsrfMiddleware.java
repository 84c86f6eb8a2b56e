package dev.djakarta.security;

import dev.djakarta.conf.Settings;
import dev.djakarta.http.Cookie;
import dev.djakarta.http.PermissionDenied;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.middleware.Handler;
import dev.djakarta.middleware.Middleware;
import dev.djakarta.server.Engine;
import dev.djakarta.urls.Match;
import dev.djakarta.urls.Resolver;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Django's CsrfViewMiddleware. POST, PUT, PATCH and DELETE must carry a token matching the browser's secret (form
 * field or {@code X-CSRFToken} header); a request with an {@code Origin} header must come from this host or
 * CSRF_TRUSTED_ORIGINS, and an HTTPS request without one must have a same-site {@code Referer}. Failures are a 403
 * page that explains the cause (with details only when DEBUG is on). Views wrapped in {@link Csrf#exempt} skip the
 * check. Put it after SessionMiddleware (when CSRF_USE_SESSIONS) and before AuthenticationMiddleware's users.
 */
public final class CsrfMiddleware implements Middleware {
    static final String STATE_ATTRIBUTE = "djakarta.csrf_state";
    /** Set by the test client (unless it enforces checks) so view tests need no tokens, like Django's. */
    public static final String DONT_ENFORCE_ATTRIBUTE = "djakarta.dont_enforce_csrf_checks";
    private static final Logger log = LoggerFactory.getLogger("djakarta.security.csrf");

    private final Resolver resolver;
    private final boolean debug;
    private final boolean useSessions;
    private final String cookieName;
    private final long cookieAge;
    private final String cookieDomain;
    private final String cookiePath;
    private final boolean cookieSecure;
    private final boolean cookieHttpOnly;
    private final String cookieSameSite;
    private final String headerName;
    private final List<String> trustedOrigins;

    public CsrfMiddleware(Engine engine) {
        Settings s = engine.settings();
        resolver = engine.resolver();
        debug = engine.debug();
        useSessions = s.bool("CSRF_USE_SESSIONS");
        cookieName = s.string("CSRF_COOKIE_NAME", "csrftoken");
        cookieAge = s.longValue("CSRF_COOKIE_AGE", 31_449_600);
        cookieDomain = s.string("CSRF_COOKIE_DOMAIN");
        cookiePath = s.string("CSRF_COOKIE_PATH", "/");
        cookieSecure = s.bool("CSRF_COOKIE_SECURE");
        cookieHttpOnly = s.bool("CSRF_COOKIE_HTTPONLY");
        String ss = s.string("CSRF_COOKIE_SAMESITE", "Lax");
        cookieSameSite = ss.equalsIgnoreCase("false") ? null : ss;
        headerName = s.string("CSRF_HEADER_NAME", "X-CSRFToken");
        trustedOrigins = s.list("CSRF_TRUSTED_ORIGINS").stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
        for (String origin : trustedOrigins) {
            if (!origin.contains("://")) {
                throw s.invalid("CSRF_TRUSTED_ORIGINS", "each origin needs a scheme, like https://example.com (got '" + origin + "')");
            }
        }
    }

    /** The secret of one request: read lazily, replaced when missing or rotated. */
    final class State implements Supplier<String> {
        private final Request request;
        private String secret;
        private boolean loaded;
        boolean needsUpdate;
        boolean used;

        State(Request request) {
            this.request = request;
        }

        String secret() {
            if (!loaded) {
                loaded = true;
                String stored = useSessions ? request.session().getString("_csrftoken") : request.cookie(cookieName);
                if (Csrf.wellFormed(stored, Csrf.SECRET_LENGTH)) {
                    secret = stored;
                } else if (Csrf.wellFormed(stored, Csrf.TOKEN_LENGTH)) {
                    secret = Csrf.unmask(stored); // older clients stored masked tokens
                    needsUpdate = true;
                }
            }
            return secret;
        }

        @Override
        public String get() {
            used = true;
            if (secret() == null) {
                secret = Csrf.randomString(Csrf.SECRET_LENGTH);
                needsUpdate = true;
            }
            return Csrf.mask(secret);
        }

        void rotate() {
            loaded = true;
            secret = Csrf.randomString(Csrf.SECRET_LENGTH);
            needsUpdate = true;
            used = true;
        }
    }

    /** True when this request handed out a CSRF token (its page must not be cached for others). */
    public static boolean tokenUsed(Request request) {
        State state = request.attribute(STATE_ATTRIBUTE);
        return state != null && state.used;
    }

    @Override
    public Response handle(Request request, Handler next) throws Exception {
        State state = new State(request);
        request.setAttribute(STATE_ATTRIBUTE, state);
        request.setAttribute(Csrf.TOKEN_ATTRIBUTE, state);
        if (!request.isSafeMethod() && request.attribute(DONT_ENFORCE_ATTRIBUTE) == null && !exempt(request)) {
            String reason = reject(request, state);
            if (reason != null) {
                log.warn("Forbidden ({}): {}", reason, request.path());
                return withCookie(state, failure(reason));
            }
        }
        return withCookie(state, next.handle(request));
    }

    private boolean exempt(Request request) {
        Match m = resolver.resolve(request.path());
        return m != null && m.view() instanceof Csrf.ExemptView;
    }

    /** Why the request fails the check, in Django's words, or null when it passes. */
    private String reject(Request request, State state) {
        String origin = request.header("Origin");
        if (origin != null) {
            if (!originVerified(request, origin)) {
                return "Origin checking failed - " + origin + " does not match any trusted origins.";
            }
        } else if (request.isSecure()) {
            String problem = refererProblem(request);
            if (problem != null) {
                return problem;
            }
        }
        String secret = state.secret();
        if (secret == null) {
            return useSessions ? "CSRF session token missing." : "CSRF cookie not set.";
        }
        String token = null;
        if (request.method().equals("POST") && (request.mediaType().equals("application/x-www-form-urlencoded")
                || request.mediaType().equals("multipart/form-data"))) {
            token = request.form(Csrf.FIELD);
        }
        if (token == null || token.isEmpty()) {
            token = request.header(headerName);
        }
        if (token == null || token.isEmpty()) {
            return "CSRF token missing.";
        }
        String candidate;
        if (Csrf.wellFormed(token, Csrf.TOKEN_LENGTH)) {
            candidate = Csrf.unmask(token);
        } else if (Csrf.wellFormed(token, Csrf.SECRET_LENGTH)) {
            candidate = token;
        } else {
            return token.length() == Csrf.TOKEN_LENGTH || token.length() == Csrf.SECRET_LENGTH
                    ? "CSRF token has invalid characters." : "CSRF token has incorrect length.";
        }
        if (!MessageDigest.isEqual(candidate.getBytes(StandardCharsets.US_ASCII), secret.getBytes(StandardCharsets.US_ASCII))) {
            return "CSRF token incorrect.";
        }
        return null;
    }

    private boolean originVerified(Request request, String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        String good = (request.isSecure() ? "https" : "http") + "://" + request.hostWithPort().toLowerCase(Locale.ROOT);
        if (o.equals(good) || trustedOrigins.contains(o)) {
            return true;
        }
        URI uri;
        try {
            uri = URI.create(o);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        for (String trusted : trustedOrigins) {
            int star = trusted.indexOf("://*.");
            if (star > 0 && trusted.substring(0, star).equals(uri.getScheme())) {
                String domain = trusted.substring(star + 4); // ".example.com"
                String netloc = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
                if (netloc.endsWith(domain) || netloc.equals(domain.substring(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private String refererProblem(Request request) {
        String referer = request.header("Referer");
        if (referer == null) {
            return "Referer checking failed - no Referer.";
        }
        URI uri;
        try {
            uri = URI.create(referer.trim());
        } catch (IllegalArgumentException e) {
            return "Referer checking failed - Referer is malformed.";
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return "Referer checking failed - Referer is malformed.";
        }
        if (!uri.getScheme().equalsIgnoreCase("https")) {
            return "Referer checking failed - Referer is insecure while host is secure.";
        }
        String netloc = (uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())).toLowerCase(Locale.ROOT);
        String good = cookieDomain.isEmpty() || useSessions ? request.hostWithPort().toLowerCase(Locale.ROOT) : cookieDomain;
        if (netloc.equals(good) || (good.startsWith(".") && (netloc.endsWith(good) || netloc.equals(good.substring(1))))) {
            return null;
        }
        for (String trusted : trustedOrigins) {
            URI t = URI.create(trusted.replace("://*.", "://wildcard."));
            String host = trusted.contains("://*.") ? t.getHost().substring("wildcard".length()) : t.getHost();
            if (host != null && (netloc.equals(host) || (host.startsWith(".") && netloc.endsWith(host)))) {
                return null;
            }
        }
        return "Referer checking failed - " + referer + " does not match any trusted origins.";
    }

    private Response failure(String reason) {
        String detail = debug ? "<p>Reason given for failure:</p><pre>" + dev.djakarta.utils.Html.escape(reason) + "</pre>"
                + "<p>In general, this can occur when there is a genuine Cross Site Request Forgery, or when Djakarta's CSRF "
                + "mechanism has not been used correctly. For POST forms, ensure that your browser accepts cookies, that the form "
                + "is rendered by the template engine (which adds the csrfmiddlewaretoken field), and that scripts send the "
                + "X-CSRFToken header.</p>" : "<p>More information is available with DEBUG=true.</p>";
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"NONE,NOARCHIVE\">"
                + "<title>403 Forbidden</title></head><body><main><h1>Forbidden <span>(403)</span></h1>"
                + "<p>CSRF verification failed. Request aborted.</p>" + detail + "</main></body></html>\n";
        return Response.html(403, html).setException(new PermissionDenied(reason));
    }

    private Response withCookie(State state, Response response) {
        if (!state.used || !state.needsUpdate) {
            return response;
        }
        if (useSessions) {
            state.request.session().put("_csrftoken", state.secret);
        } else {
            response.cookie(new Cookie(cookieName, state.secret, cookieAge, cookiePath, cookieDomain.isEmpty() ? null : cookieDomain,
                    cookieSecure, cookieHttpOnly, cookieSameSite));
            response.vary("Cookie");
        }
        return response;
    }
}
