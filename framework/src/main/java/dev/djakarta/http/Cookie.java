package dev.djakarta.http;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A {@code Set-Cookie} to send, with every attribute. Immutable; build it with the {@code with...} methods:
 * {@code Cookie.of("theme", "dark").withMaxAge(Duration.ofDays(365)).withSameSite("Lax")}.
 *
 * <p>Defaults: {@code Path=/}, HttpOnly off (on for framework cookies that scripts never need), no SameSite
 * attribute (browsers treat that as Lax), session lifetime.
 *
 * @param maxAge seconds; -1 for a session cookie, 0 to delete
 */
public record Cookie(String name, String value, long maxAge, String path, String domain, boolean secure,
                     boolean httpOnly, String sameSite) {
    private static final DateTimeFormatter EXPIRES = DateTimeFormatter.RFC_1123_DATE_TIME;

    public Cookie {
        if (name == null || name.isEmpty() || !isToken(name)) {
            throw new IllegalArgumentException("Invalid cookie name: '" + name + "'");
        }
        if (value == null) {
            value = "";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e || c == '"' || c == ',' || c == ';' || c == '\\') {
                throw new IllegalArgumentException("Cookie '" + name + "' value contains '" + c
                        + "'; encode it first (e.g. with UrlCodec.encodeQueryComponent or base64)");
            }
        }
        if (sameSite != null && !sameSite.equals("Lax") && !sameSite.equals("Strict") && !sameSite.equals("None")) {
            throw new IllegalArgumentException("SameSite must be Lax, Strict or None, not '" + sameSite + "'");
        }
    }

    /** A session cookie on {@code /} with no other attributes. */
    public static Cookie of(String name, String value) {
        return new Cookie(name, value, -1, "/", null, false, false, null);
    }

    /** A cookie that makes the browser delete {@code name} (same path and domain as when it was set). */
    public static Cookie deleted(String name, String path, String domain) {
        return new Cookie(name, "", 0, path, domain, false, false, null);
    }

    public Cookie withMaxAge(long seconds) {
        return new Cookie(name, value, seconds, path, domain, secure, httpOnly, sameSite);
    }

    public Cookie withMaxAge(Duration age) {
        return withMaxAge(age.getSeconds());
    }

    public Cookie withPath(String p) {
        return new Cookie(name, value, maxAge, p, domain, secure, httpOnly, sameSite);
    }

    public Cookie withDomain(String d) {
        return new Cookie(name, value, maxAge, path, d, secure, httpOnly, sameSite);
    }

    public Cookie withSecure(boolean s) {
        return new Cookie(name, value, maxAge, path, domain, s, httpOnly, sameSite);
    }

    public Cookie withHttpOnly(boolean h) {
        return new Cookie(name, value, maxAge, path, domain, secure, h, sameSite);
    }

    /** {@code Lax}, {@code Strict}, {@code None}, or null for no attribute. */
    public Cookie withSameSite(String s) {
        return new Cookie(name, value, maxAge, path, domain, secure, httpOnly, s);
    }

    /** The {@code Set-Cookie} header value. {@code Expires} is written beside {@code Max-Age} for old clients. */
    public String toHeader() {
        StringBuilder sb = new StringBuilder(64).append(name).append('=').append(value);
        if (maxAge >= 0) {
            sb.append("; Max-Age=").append(maxAge);
            ZonedDateTime expires = maxAge == 0 ? ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                    : ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(maxAge);
            sb.append("; Expires=").append(EXPIRES.format(expires));
        }
        if (path != null && !path.isEmpty()) {
            sb.append("; Path=").append(path);
        }
        if (domain != null && !domain.isEmpty()) {
            sb.append("; Domain=").append(domain);
        }
        if (secure) {
            sb.append("; Secure");
        }
        if (httpOnly) {
            sb.append("; HttpOnly");
        }
        if (sameSite != null) {
            sb.append("; SameSite=").append(sameSite);
        }
        return sb.toString();
    }

    static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
