package dev.djakarta.staticfiles;

import dev.djakarta.conf.Settings;
import dev.djakarta.http.Conditional;
import dev.djakarta.http.Http404;
import dev.djakarta.http.MediaTypes;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves static files under STATIC_URL: first from the STATICFILES_DIRS directories, then from {@code static/}
 * on the classpath (every app's jar or classes folder), like Django's staticfiles finders.
 *
 * <p>Every response carries Content-Type, ETag, Last-Modified and Cache-Control, and conditional requests get
 * 304. A path that tries to leave the static roots in any spelling ({@code ..}, encoded dots or slashes,
 * backslashes, NUL, empty segments) is a 404 and reads nothing. With DEBUG on, files are looked up on every
 * request (edit, reload); with DEBUG off, found files are remembered.
 */
public final class StaticFiles {
    /** The manifest collectstatic writes into STATIC_ROOT. */
    public static final String MANIFEST = "staticfiles.json";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private record Asset(String contentType, String etag, String lastModified, long size, Path file, byte[] bytes) {
    }

    private final String url;
    private final boolean local;
    private final List<Path> dirs;
    private final ClassLoader loader;
    private final boolean debug;
    private final String cacheControl;
    private final Map<String, Asset> cache = new ConcurrentHashMap<>();
    private final Path root;
    private final Map<String, String> manifest;
    private final java.util.Set<String> hashed;

    public StaticFiles(Settings settings, ClassLoader loader) {
        this.url = settings.string("STATIC_URL", "/static/");
        this.local = url.startsWith("/");
        if (!(url.endsWith("/") && (local || url.startsWith("http://") || url.startsWith("https://")))) {
            throw settings.invalid("STATIC_URL", "expected a path that starts and ends with '/' (like /static/) or an absolute URL ending with '/'");
        }
        if (url.equals("/")) {
            throw settings.invalid("STATIC_URL", "must not be '/', which would hide every page; use /static/");
        }
        List<Path> d = new ArrayList<>();
        for (String dir : settings.list("STATICFILES_DIRS")) {
            d.add(Paths.get(dir).toAbsolutePath().normalize());
        }
        this.dirs = List.copyOf(d);
        this.loader = loader;
        this.debug = settings.bool("DEBUG");
        int maxAge = settings.integer("STATIC_MAX_AGE", 3600);
        if (maxAge < 0) {
            throw settings.invalid("STATIC_MAX_AGE", "expected seconds, 0 or more");
        }
        this.cacheControl = debug ? "no-cache" : "public, max-age=" + maxAge;
        String rootSetting = settings.string("STATIC_ROOT");
        this.root = rootSetting.isEmpty() ? null : Paths.get(rootSetting).toAbsolutePath().normalize();
        this.manifest = debug || root == null ? Map.of() : readManifest(root.resolve(MANIFEST));
        this.hashed = java.util.Set.copyOf(manifest.values());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> readManifest(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Map<String, Object> json = dev.djakarta.http.Json.MAPPER.readValue(file.toFile(), Map.class);
            Object paths = json.get("paths");
            return paths instanceof Map<?, ?> m ? Map.copyOf((Map<String, String>) m) : Map.of();
        } catch (IOException e) {
            throw new dev.djakarta.conf.ImproperlyConfigured("Cannot read " + file + " (written by collectstatic): " + e.getMessage(), e);
        }
    }

    /** STATIC_URL. */
    public String url() {
        return url;
    }

    /** True when {@code path} (decoded, relative to the context path) is under a locally served STATIC_URL. */
    public boolean handles(String path) {
        return local && path.startsWith(url);
    }

    /** The URL of a static file ({@code "css/site.css"} gives {@code "/static/css/site.css"}). */
    public String urlFor(String name, String contextPath) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        return (local ? contextPath : "") + url + manifest.getOrDefault(n, n);
    }

    /** Serves the file for a request under STATIC_URL. @throws Http404 when there is no such file */
    public Response serve(Request request) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            throw new dev.djakarta.http.MethodNotAllowed(request.method(), List.of("GET", "HEAD"));
        }
        String relative = request.path().substring(url.length());
        if (!isSafe(relative)) {
            throw new Http404("'" + relative + "' is not a valid static file name");
        }
        Asset asset = debug ? find(relative) : cache.computeIfAbsent(relative, this::find);
        if (asset == null) {
            cache.remove(relative);
            throw new Http404("'" + relative + "' could not be found");
        }
        Response r;
        if (asset.bytes() != null) {
            r = Response.of(200, asset.contentType(), asset.bytes());
        } else {
            Path file = asset.file();
            r = Response.stream(asset.contentType(), asset.size(), out -> Files.copy(file, out));
        }
        r.header("ETag", asset.etag()).header("Last-Modified", asset.lastModified())
                .header("Cache-Control", hashed.contains(relative) ? IMMUTABLE : cacheControl);
        if (Conditional.notModified(request, asset.etag(), asset.lastModified())) {
            return Conditional.notModifiedResponse(r);
        }
        return r;
    }

    /** Accepts only plain relative names: no empty, "." or ".." segments, no backslash, NUL or control characters. */
    static boolean isSafe(String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.length() > 1024) {
            return false;
        }
        for (int i = 0; i < relative.length(); i++) {
            char c = relative.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
                return false;
            }
        }
        for (String seg : relative.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private Asset find(String relative) {
        if (root != null) {
            Path p = root.resolve(relative).normalize();
            if (p.startsWith(root) && Files.isRegularFile(p)) {
                return fileAsset(p);
            }
        }
        for (Path dir : dirs) {
            Path p = dir.resolve(relative).normalize();
            if (p.startsWith(dir) && Files.isRegularFile(p)) {
                return fileAsset(p);
            }
        }
        URL resource = loader.getResource("static/" + relative);
        if (resource == null) {
            return null;
        }
        try {
            if (resource.getProtocol().equals("file")) {
                Path p = Paths.get(resource.toURI());
                return Files.isRegularFile(p) ? fileAsset(p) : null;
            }
            URLConnection conn = resource.openConnection();
            conn.setUseCaches(false);
            if (conn instanceof JarURLConnection jar && (jar.getJarEntry() == null || jar.getJarEntry().isDirectory())) {
                return null;
            }
            byte[] bytes;
            try (InputStream in = conn.getInputStream()) {
                bytes = in.readAllBytes();
            }
            long modified = conn.getLastModified();
            return new Asset(MediaTypes.guess(relative), etag(bytes.length, modified),
                    Response.httpDate(Instant.ofEpochMilli(modified)), bytes.length, null, bytes);
        } catch (IOException | java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Asset fileAsset(Path p) {
        try {
            long size = Files.size(p);
            long modified = Files.getLastModifiedTime(p).toMillis();
            return new Asset(MediaTypes.guess(p.getFileName().toString()), etag(size, modified),
                    Response.httpDate(Instant.ofEpochMilli(modified)), size, p, null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String etag(long size, long modified) {
        return "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified / 1000) + "\"";
    }
}
