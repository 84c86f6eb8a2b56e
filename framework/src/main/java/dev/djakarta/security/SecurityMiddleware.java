package dev.djakarta.security;

import dev.djakarta.conf.Settings;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.middleware.Handler;
import dev.djakarta.middleware.Middleware;
import dev.djakarta.server.Engine;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Django's SecurityMiddleware, on every response (errors included): {@code X-Content-Type-Options: nosniff},
 * {@code Referrer-Policy} (same-origin), {@code Cross-Origin-Opener-Policy} (same-origin), HSTS on HTTPS when
 * SECURE_HSTS_SECONDS is set, a redirect to HTTPS with SECURE_SSL_REDIRECT, and a Content-Security-Policy from
 * CONTENT_SECURITY_POLICY (and/or _REPORT_ONLY) in which {@code {nonce}} becomes a per-request nonce that templates
 * read from {@link #nonce(Request)}.
 */
public final class SecurityMiddleware implements Middleware {
    /** Request attribute holding the CSP nonce (created on first use). */
    public static final String NONCE_ATTRIBUTE = "djakarta.csp_nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean nosniff;
    private final String referrerPolicy;
    private final String openerPolicy;
    private final String hsts;
    private final boolean sslRedirect;
    private final String sslHost;
    private final List<Pattern> redirectExempt;
    private final String csp;
    private final String cspReportOnly;
    private final String contextPath;

    public SecurityMiddleware(Engine engine) {
        Settings s = engine.settings();
        nosniff = !s.has("SECURE_CONTENT_TYPE_NOSNIFF") || s.string("SECURE_CONTENT_TYPE_NOSNIFF").isEmpty() || s.bool("SECURE_CONTENT_TYPE_NOSNIFF");
        referrerPolicy = s.string("SECURE_REFERRER_POLICY", "same-origin");
        openerPolicy = s.string("SECURE_CROSS_ORIGIN_OPENER_POLICY", "same-origin");
        long hstsSeconds = s.longValue("SECURE_HSTS_SECONDS", 0);
        if (hstsSeconds < 0) {
            throw s.invalid("SECURE_HSTS_SECONDS", "expected seconds, 0 to disable");
        }
        hsts = hstsSeconds == 0 ? null : "max-age=" + hstsSeconds + (s.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS") ? "; includeSubDomains" : "")
                + (s.bool("SECURE_HSTS_PRELOAD") ? "; preload" : "");
        sslRedirect = s.bool("SECURE_SSL_REDIRECT");
        sslHost = s.string("SECURE_SSL_HOST");
        redirectExempt = s.list("SECURE_REDIRECT_EXEMPT").stream().map(Pattern::compile).toList();
        csp = s.string("CONTENT_SECURITY_POLICY");
        cspReportOnly = s.string("CONTENT_SECURITY_POLICY_REPORT_ONLY");
        contextPath = engine.contextPath();
    }

    /** The request's CSP nonce (base64, 128 bits), made on first use; put it in {@code <script nonce="...">}. */
    public static String nonce(Request request) {
        String nonce = request.attribute(NONCE_ATTRIBUTE);
        if (nonce == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE_ATTRIBUTE, nonce);
        }
        return nonce;
    }

    @Override
    public Response handle(Request request, Handler next) throws Exception {
        if (sslRedirect && !request.isSecure()) {
            String path = request.path().substring(1);
            boolean exempt = redirectExempt.stream().anyMatch(p -> p.matcher(path).find());
            if (!exempt) {
                String host = sslHost.isEmpty() ? request.hostWithPort() : sslHost;
                return decorate(request, Response.permanentRedirect("https://" + host + contextPath + request.fullPath()));
            }
        }
        return decorate(request, next.handle(request));
    }

    private Response decorate(Request request, Response r) {
        if (nosniff && r.header("X-Content-Type-Options") == null) {
            r.header("X-Content-Type-Options", "nosniff");
        }
        if (!referrerPolicy.isEmpty() && r.header("Referrer-Policy") == null) {
            r.header("Referrer-Policy", referrerPolicy);
        }
        if (!openerPolicy.isEmpty() && r.header("Cross-Origin-Opener-Policy") == null) {
            r.header("Cross-Origin-Opener-Policy", openerPolicy);
        }
        if (hsts != null && request.isSecure() && r.header("Strict-Transport-Security") == null) {
            r.header("Strict-Transport-Security", hsts);
        }
        if (!csp.isEmpty() && r.header("Content-Security-Policy") == null) {
            r.header("Content-Security-Policy", withNonce(csp, request));
        }
        if (!cspReportOnly.isEmpty() && r.header("Content-Security-Policy-Report-Only") == null) {
            r.header("Content-Security-Policy-Report-Only", withNonce(cspReportOnly, request));
        }
        return r;
    }

    private static String withNonce(String policy, Request request) {
        return policy.contains("{nonce}") ? policy.replace("{nonce}", "'nonce-" + nonce(request) + "'") : policy;
    }
}
