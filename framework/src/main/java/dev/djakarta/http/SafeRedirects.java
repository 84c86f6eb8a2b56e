package dev.djakarta.http;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Django's url_has_allowed_host_and_scheme: whether a redirect target from the request (a {@code next} parameter)
 * stays on an allowed host with an allowed scheme. Refuses protocol-relative and backslash tricks
 * ({@code //evil.com}, {@code /\evil.com}, {@code https:evil.com}), other schemes ({@code javascript:}), control
 * characters and hosts not listed.
 */
public final class SafeRedirects {
    private SafeRedirects() {
    }

    /** Whether {@code url} may be redirected to from {@code request}: same host, and HTTPS when the request was. */
    public static boolean isSafe(Request request, String url) {
        Set<String> hosts = new java.util.HashSet<>();
        hosts.add(request.host());
        hosts.add(request.hostWithPort().toLowerCase(Locale.ROOT));
        return isSafe(url, hosts, request.isSecure());
    }

    public static boolean isSafe(String url, Set<String> allowedHosts, boolean requireHttps) {
        if (url == null || url.isBlank()) {
            return false;
        }
        String u = url.strip();
        if (u.startsWith("///")) {
            return false;
        }
        return check(u, allowedHosts, requireHttps) && check(u.replace('\\', '/'), allowedHosts, requireHttps);
    }

    private static boolean check(String url, Set<String> allowedHosts, boolean requireHttps) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        if (url.startsWith("//") || url.startsWith("/\\")) {
            // protocol-relative: allowed only to an allowed host
            return hostAllowed(url.substring(2), allowedHosts) && !requireHttps;
        }
        URI uri;
        try {
            uri = URI.create(url.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null) {
            return uri.getRawAuthority() == null; // a path on this site
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        if (requireHttps && !scheme.equals("https")) {
            return false;
        }
        if (uri.getRawAuthority() == null || uri.getHost() == null) {
            return false; // "https:evil.com" parses as an opaque URI without a host
        }
        String netloc = uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return allowedHosts.contains(netloc) || allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT))
                && uri.getPort() < 0;
    }

    private static boolean hostAllowed(String rest, Set<String> allowedHosts) {
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                end = i;
                break;
            }
        }
        return allowedHosts.contains(rest.substring(0, end).toLowerCase(Locale.ROOT));
    }
}
