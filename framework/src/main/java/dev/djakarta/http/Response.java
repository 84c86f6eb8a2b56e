package dev.djakarta.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.djakarta.signing.Signer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An HTTP response: Django's {@code HttpResponse} and its subclasses in one type with static factories.
 *
 * <p>Views return one; middleware may change its status, headers, cookies and content on the way out (so it is
 * mutable, and the setters return {@code this} for chaining). A response has either in-memory content
 * ({@link #content()}) or a streaming body ({@link #isStreaming()}): files and {@link #stream} responses are
 * written straight to the client and never held in memory.
 *
 * <p>Text responses are UTF-8 and say so in their Content-Type.
 */
public final class Response {
    /** Writes a streaming body. Called once, on the request's thread, after the middleware has run. */
    @FunctionalInterface
    public interface StreamingBody {
        void writeTo(OutputStream out) throws IOException;
    }

    public static final String HTML = "text/html; charset=utf-8";
    public static final String TEXT = "text/plain; charset=utf-8";
    public static final String JSON = "application/json";
    private static final byte[] EMPTY = new byte[0];
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private int status;
    private final Headers headers = new Headers();
    private List<Cookie> cookies = List.of();
    private byte[] content;
    private StreamingBody stream;
    private long streamLength = -1;
    private Throwable exception;
    private java.util.Set<String> flags = java.util.Set.of();

    private Response(int status, String contentType, byte[] content) {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("HTTP status must be 100-999, got " + status);
        }
        this.status = status;
        this.content = content;
        if (contentType != null) {
            headers.set("Content-Type", contentType);
        }
    }

    // ---- factories ----------------------------------------------------------------------------------------

    /** 200 text/html. */
    public static Response html(String html) {
        return html(200, html);
    }

    public static Response html(int status, String html) {
        return new Response(status, HTML, html.getBytes(StandardCharsets.UTF_8));
    }

    /** 200 text/plain. */
    public static Response text(String text) {
        return text(200, text);
    }

    public static Response text(int status, String text) {
        return new Response(status, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** 200 application/json of any Jackson-serializable value (maps, lists, records, entities with getters). */
    public static Response json(Object value) {
        return json(200, value);
    }

    public static Response json(int status, Object value) {
        try {
            return new Response(status, JSON, Json.MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialize " + value.getClass().getName() + " to JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Any status and content type with the given bytes. */
    public static Response of(int status, String contentType, byte[] content) {
        return new Response(status, contentType, content);
    }

    /** A response with no body (204, 304, or a status the middleware will fill). */
    public static Response status(int status) {
        return new Response(status, null, EMPTY);
    }

    /** 302 Found to {@code location} (a path or an absolute URL). */
    public static Response redirect(String location) {
        return redirect(location, 302);
    }

    /** 301 Moved Permanently to {@code location}. */
    public static Response permanentRedirect(String location) {
        return redirect(location, 301);
    }

    /** A redirect with 301, 302, 303, 307 or 308. */
    public static Response redirect(String location, int status) {
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            throw new IllegalArgumentException("Redirect status must be 301, 302, 303, 307 or 308, got " + status);
        }
        if (location == null || location.isEmpty()) {
            throw new IllegalArgumentException("Redirect location must not be empty");
        }
        Response r = new Response(status, HTML, EMPTY);
        r.headers.set("Location", location);
        return r;
    }

    /** The file's content, typed by its extension, shown inline. @throws Http404 when the file does not exist */
    public static Response file(Path path) {
        return file(path, null, false);
    }

    /**
     * The file's content, streamed from disk. With {@code asAttachment} the browser downloads it under
     * {@code filename} (defaults to the file's own name).
     *
     * @throws Http404 when the file does not exist or is not a regular file
     */
    public static Response file(Path path, String filename, boolean asAttachment) {
        if (!Files.isRegularFile(path)) {
            throw new Http404("No such file: " + path.getFileName());
        }
        String name = filename != null ? filename : path.getFileName().toString();
        Response r = new Response(200, MediaTypes.guess(name), null);
        try {
            r.streamLength = Files.size(path);
            r.headers.set("Last-Modified", httpDate(Files.getLastModifiedTime(path).toInstant()));
        } catch (IOException e) {
            throw new Http404("Cannot read file: " + path.getFileName());
        }
        r.stream = out -> Files.copy(path, out);
        if (asAttachment || filename != null) {
            r.headers.set("Content-Disposition", contentDisposition(asAttachment, name));
        }
        return r;
    }

    /** Bytes offered as a download named {@code filename}. */
    public static Response attachment(byte[] data, String filename, String contentType) {
        Response r = new Response(200, contentType != null ? contentType : MediaTypes.guess(filename), data);
        r.headers.set("Content-Disposition", contentDisposition(true, filename));
        return r;
    }

    /** A streaming response (large exports, server-sent data). The body is written after the middleware ran. */
    public static Response stream(String contentType, StreamingBody body) {
        Response r = new Response(200, contentType, null);
        r.stream = body;
        return r;
    }

    /** A streaming response whose length is known (sent as Content-Length). */
    public static Response stream(String contentType, long length, StreamingBody body) {
        Response r = stream(contentType, body);
        r.streamLength = length;
        return r;
    }

    /** {@code attachment; filename="..."}, with RFC 6266 {@code filename*} for non-ASCII names, like Django. */
    public static String contentDisposition(boolean attachment, String filename) {
        String type = attachment ? "attachment" : "inline";
        boolean ascii = filename.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        if (ascii) {
            return type + "; filename=\"" + filename.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return type + "; filename*=utf-8''" + UrlCodec.encodePathSegment(filename);
    }

    /** An HTTP date (RFC 1123, GMT) for Last-Modified, Expires and the like. */
    public static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    // ---- status and headers ------------------------------------------------------------------------------

    public int status() {
        return status;
    }

    public Response setStatus(int status) {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("HTTP status must be 100-999, got " + status);
        }
        this.status = status;
        return this;
    }

    public Headers headers() {
        return headers;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        return headers.get(name);
    }

    /** Sets (replaces) a header. */
    public Response header(String name, String value) {
        headers.set(name, value);
        return this;
    }

    /** Adds {@code header} to Vary unless already listed (Django's patch_vary_headers). */
    public Response vary(String header) {
        String current = headers.get("Vary");
        if (current == null || current.isBlank()) {
            headers.set("Vary", header);
            return this;
        }
        for (String v : current.split(",")) {
            String t = v.trim();
            if (t.equals("*") || t.equalsIgnoreCase(header)) {
                return this;
            }
        }
        headers.set("Vary", current + ", " + header);
        return this;
    }

    public String contentType() {
        return headers.get("Content-Type");
    }

    // ---- cookies ------------------------------------------------------------------------------------------

    /** Adds a Set-Cookie; a later cookie with the same name, path and domain replaces an earlier one. */
    public Response cookie(Cookie cookie) {
        if (cookies.isEmpty()) {
            cookies = new ArrayList<>(2);
        }
        cookies.removeIf(c -> c.name().equals(cookie.name()) && java.util.Objects.equals(c.path(), cookie.path())
                && java.util.Objects.equals(c.domain(), cookie.domain()));
        cookies.add(cookie);
        return this;
    }

    /** Tells the browser to delete a cookie set on {@code /} with no domain. */
    public Response deleteCookie(String name) {
        return cookie(Cookie.deleted(name, "/", null));
    }

    /**
     * Sets a cookie whose value is signed with SECRET_KEY (readable by the client, not forgeable):
     * Django's set_signed_cookie. Read it back with {@link Request#signedCookie}.
     *
     * @param template the cookie's attributes (its value is replaced by the signed value)
     */
    public Response signedCookie(Request request, Cookie template, String salt) {
        String signed = new Signer(request.policy().secretKey(), cookieSalt(template.name(), salt)).sign(template.value());
        return cookie(new Cookie(template.name(), signed, template.maxAge(), template.path(), template.domain(),
                template.secure(), template.httpOnly(), template.sameSite()));
    }

    static String cookieSalt(String name, String salt) {
        return "dev.djakarta.signing.cookie" + name + (salt == null ? "" : salt);
    }

    /** Cookies to send, in order. */
    public List<Cookie> cookies() {
        return Collections.unmodifiableList(cookies);
    }

    // ---- body ---------------------------------------------------------------------------------------------

    /** True when the body is written by a {@link StreamingBody} rather than held in memory. */
    public boolean isStreaming() {
        return stream != null;
    }

    /** The streaming body, or null for in-memory content. */
    public StreamingBody streamingBody() {
        return stream;
    }

    /** The in-memory content. @throws IllegalStateException for streaming responses */
    public byte[] content() {
        if (stream != null) {
            throw new IllegalStateException("A streaming response has no in-memory content");
        }
        return content;
    }

    /** The content decoded as UTF-8 (for tests and middleware). */
    public String text() {
        return new String(content(), StandardCharsets.UTF_8);
    }

    /** Replaces the body with in-memory content (and drops any stream). */
    public Response setContent(byte[] newContent) {
        this.content = newContent;
        this.stream = null;
        this.streamLength = -1;
        return this;
    }

    /** Replaces the body with a stream (used by middleware that transforms bodies, e.g. gzip). */
    public Response setStream(StreamingBody body, long length) {
        this.stream = body;
        this.streamLength = length;
        this.content = null;
        return this;
    }

    /** The body's length in bytes, or -1 when unknown (a stream of unknown length). */
    public long contentLength() {
        return stream != null ? streamLength : content.length;
    }

    /** Writes the body. */
    public void writeBody(OutputStream out) throws IOException {
        if (stream != null) {
            stream.writeTo(out);
        } else if (content.length > 0) {
            out.write(content);
        }
    }

    // ---- errors -------------------------------------------------------------------------------------------

    /**
     * The exception this response was made from, or null. Middleware that wants to handle exceptions (like
     * Django's process_exception) checks this on the response coming back from {@code next} and may return a
     * different response.
     */
    public Throwable exception() {
        return exception;
    }

    public Response setException(Throwable e) {
        this.exception = e;
        return this;
    }

    /** Marks the response for middleware further out (e.g. {@code "xframe_options_exempt"}). */
    public Response flag(String name) {
        if (flags.isEmpty()) {
            flags = new java.util.HashSet<>(2);
        }
        flags.add(name);
        return this;
    }

    public boolean hasFlag(String name) {
        return flags.contains(name);
    }

    @Override
    public String toString() {
        return "Response[" + status + ", " + contentType() + (isStreaming() ? ", streaming" : ", " + content.length + " bytes") + "]";
    }
}
