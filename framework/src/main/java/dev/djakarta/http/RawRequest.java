package dev.djakarta.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * What arrives on the wire, before any parsing: the seam between a transport (the servlet container, the test
 * client) and {@link Request}. Implementations do no decoding; {@link Request} decodes lazily and strictly.
 */
public interface RawRequest {
    /** The method as sent, e.g. {@code GET}. */
    String method();

    /** {@code http} or {@code https}, as the transport saw it (before any proxy header). */
    String scheme();

    /** The still percent-encoded path below the application's context path, starting with {@code /}. */
    String rawPath();

    /** The still encoded query string without {@code ?}, or null when there is none. */
    String rawQuery();

    /** The first value of a header (case-insensitive name), or null. */
    String header(String name);

    /** Every value of a header, in order; empty when absent. */
    List<String> headers(String name);

    /** Header names as sent. */
    List<String> headerNames();

    /** The client's IP address as the transport saw it. */
    String remoteAddr();

    /** The server name the connection was made to (used only when there is no Host header). */
    String serverName();

    /** The server port the connection was made to. */
    int serverPort();

    /** The declared body length, or -1 when unknown (chunked). */
    long contentLength();

    /** The body; read at most once. */
    InputStream body() throws IOException;
}
