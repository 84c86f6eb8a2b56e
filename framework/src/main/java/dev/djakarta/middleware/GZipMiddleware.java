package dev.djakarta.middleware;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Django's GZipMiddleware: compresses responses for clients that accept gzip. Skips bodies under 200 bytes,
 * already-encoded responses and formats that are compressed already (images other than SVG, audio, video,
 * archives, woff2); keeps the uncompressed body when gzip would not make it smaller. Adds
 * {@code Vary: Accept-Encoding} and weakens a strong ETag, as the compressed bytes differ.
 * Put it early in MIDDLEWARE (outside anything that reads the content).
 */
public final class GZipMiddleware implements Middleware {
    private static final int MIN_LENGTH = 200;

    @Override
    public Response handle(Request request, Handler next) throws Exception {
        Response response = next.handle(request);
        if (response.header("Content-Encoding") != null || response.status() == 204 || response.status() == 304
                || (!response.isStreaming() && response.content().length < MIN_LENGTH) || precompressed(response.contentType())) {
            return response;
        }
        response.vary("Accept-Encoding");
        if (!acceptsGzip(request.header("Accept-Encoding"))) {
            return response;
        }
        if (response.isStreaming()) {
            // write through a gzip stream; the length is unknown up front
            Response.StreamingBody original = response.streamingBody();
            response.setStream(out -> {
                GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out), 8192);
                original.writeTo(gz);
                gz.finish();
            }, -1);
            response.headers().remove("Content-Length");
        } else {
            byte[] content = response.content();
            byte[] compressed = gzip(content);
            if (compressed.length >= content.length) {
                return response;
            }
            response.setContent(compressed);
            response.header("Content-Length", Integer.toString(compressed.length));
        }
        String etag = response.header("ETag");
        if (etag != null && etag.startsWith("\"")) {
            response.header("ETag", "W/" + etag);
        }
        response.header("Content-Encoding", "gzip");
        return response;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] bits = part.trim().split(";");
            if (bits[0].trim().equals("gzip") || bits[0].trim().equals("*")) {
                for (int i = 1; i < bits.length; i++) {
                    String p = bits[i].trim().replace(" ", "");
                    if (p.equals("q=0") || p.equals("q=0.0") || p.equals("q=0.00") || p.equals("q=0.000")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static boolean precompressed(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        return (t.startsWith("image/") && !t.startsWith("image/svg")) || t.startsWith("audio/") || t.startsWith("video/")
                || t.startsWith("font/woff2") || t.startsWith("application/zip") || t.startsWith("application/gzip");
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 2 + 32);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    /** Keeps the container's stream open when the gzip stream is finished. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
