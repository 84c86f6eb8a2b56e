package dev.djakarta.http;

import dev.djakarta.conf.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a {@link Request} needs from the settings, read once at start-up: body limits, allowed hosts and the
 * signing key. Immutable and shared by every request.
 */
public final class RequestPolicy {
    private final long maxMemorySize;
    private final int maxFields;
    private final int maxFiles;
    private final long fileMemoryThreshold;
    private final long maxFileSize;
    private final Path tempDir;
    private final List<String> allowedHosts;
    private final String secretKey;
    private final String proxySslHeader;
    private final String proxySslValue;
    private final boolean useForwardedHost;
    /** Host headers already validated and allowed, so the common case skips parsing (bounded: allowed hosts only). */
    private final java.util.concurrent.ConcurrentHashMap<String, String> knownHosts = new java.util.concurrent.ConcurrentHashMap<>();

    private RequestPolicy(Settings s) {
        maxMemorySize = s.longValue("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440);
        maxFields = s.integer("DATA_UPLOAD_MAX_NUMBER_FIELDS", 1000);
        maxFiles = s.integer("DATA_UPLOAD_MAX_NUMBER_FILES", 100);
        fileMemoryThreshold = s.longValue("FILE_UPLOAD_MAX_MEMORY_SIZE", 2_621_440);
        maxFileSize = s.longValue("FILE_UPLOAD_MAX_SIZE", 104_857_600);
        String temp = s.string("FILE_UPLOAD_TEMP_DIR");
        tempDir = temp.isEmpty() ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(temp).toAbsolutePath();
        List<String> hosts = new ArrayList<>();
        for (String h : s.list("ALLOWED_HOSTS")) {
            hosts.add(h.toLowerCase(Locale.ROOT));
        }
        if (hosts.isEmpty() && s.bool("DEBUG")) {
            hosts.addAll(List.of(".localhost", "127.0.0.1", "[::1]"));
        }
        allowedHosts = List.copyOf(hosts);
        secretKey = s.string("SECRET_KEY");
        String proxy = s.string("SECURE_PROXY_SSL_HEADER");
        if (proxy.isEmpty()) {
            proxySslHeader = null;
            proxySslValue = null;
        } else {
            int colon = proxy.indexOf(':');
            if (colon <= 0 || colon == proxy.length() - 1) {
                throw s.invalid("SECURE_PROXY_SSL_HEADER", "expected 'Header-Name: value', e.g. X-Forwarded-Proto: https");
            }
            proxySslHeader = proxy.substring(0, colon).trim();
            proxySslValue = proxy.substring(colon + 1).trim();
        }
        useForwardedHost = s.bool("USE_X_FORWARDED_HOST");
        if (maxMemorySize < 0) {
            throw s.invalid("DATA_UPLOAD_MAX_MEMORY_SIZE", "expected a size in bytes, 0 or more");
        }
    }

    /** Reads and validates the request settings. @throws dev.djakarta.conf.ImproperlyConfigured on a bad value */
    public static RequestPolicy from(Settings settings) {
        return new RequestPolicy(settings);
    }

    public long maxMemorySize() {
        return maxMemorySize;
    }

    public int maxFields() {
        return maxFields;
    }

    public int maxFiles() {
        return maxFiles;
    }

    public long fileMemoryThreshold() {
        return fileMemoryThreshold;
    }

    public long maxFileSize() {
        return maxFileSize;
    }

    public Path tempDir() {
        return tempDir;
    }

    /** The header a TLS-terminating proxy sets (SECURE_PROXY_SSL_HEADER), or null when not configured. */
    public String proxySslHeader() {
        return proxySslHeader;
    }

    public String proxySslValue() {
        return proxySslValue;
    }

    /** USE_X_FORWARDED_HOST: take the host from X-Forwarded-Host (only behind a proxy that sets it). */
    public boolean useForwardedHost() {
        return useForwardedHost;
    }

    public String secretKey() {
        return secretKey;
    }

    public List<String> allowedHosts() {
        return allowedHosts;
    }

    /**
     * The host name of a Host header (lower-case, no port) when it is well-formed and allowed, else null.
     * Results for allowed headers are remembered (at most 64), so this is a map lookup per request.
     */
    public String allowedHost(String header) {
        String known = knownHosts.get(header);
        if (known != null) {
            return known;
        }
        String name = Request.domainOf(header.trim().toLowerCase(Locale.ROOT));
        if (name == null || !isAllowedHost(name)) {
            return null;
        }
        if (knownHosts.size() < 64) {
            knownHosts.put(header, name);
        }
        return name;
    }

    /** Django's validate_host: exact names, ".example.com" for a domain and its subdomains, "*" for any. */
    public boolean isAllowedHost(String host) {
        for (String pattern : allowedHosts) {
            if (pattern.equals("*") || pattern.equals(host)) {
                return true;
            }
            if (pattern.startsWith(".") && (host.endsWith(pattern) || host.equals(pattern.substring(1)))) {
                return true;
            }
        }
        return false;
    }
}
