package dev.djakarta.http;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Conditional GET (RFC 9110 §13), shared by ConditionalGetMiddleware and static files: decides whether a
 * GET/HEAD can be answered with 304 Not Modified.
 */
public final class Conditional {
    private Conditional() {
    }

    /**
     * True when the client's cached copy is current: If-None-Match matches {@code etag} (weak comparison), or,
     * when there is no If-None-Match, If-Modified-Since is not older than {@code lastModified}.
     */
    public static boolean notModified(Request request, String etag, String lastModified) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return false;
        }
        String inm = request.header("If-None-Match");
        if (inm != null) {
            if (etag == null) {
                return false;
            }
            String target = weakless(etag);
            for (String tag : inm.split(",")) {
                String t = tag.trim();
                if (t.equals("*") || weakless(t).equals(target)) {
                    return true;
                }
            }
            return false;
        }
        String ims = request.header("If-Modified-Since");
        if (ims != null && lastModified != null) {
            Instant since = parseHttpDate(ims);
            Instant modified = parseHttpDate(lastModified);
            return since != null && modified != null && !modified.isAfter(since);
        }
        return false;
    }

    /** A 304 carrying the validators and caching headers of {@code original} and no body. */
    public static Response notModifiedResponse(Response original) {
        Response r = Response.status(304);
        for (String h : new String[] {"ETag", "Last-Modified", "Cache-Control", "Expires", "Vary", "Content-Location"}) {
            for (String v : original.headers().getAll(h)) {
                r.headers().add(h, v);
            }
        }
        original.cookies().forEach(r::cookie);
        return r;
    }

    private static String weakless(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** Parses an RFC 1123 date; null when malformed (a malformed header is ignored, never an error). */
    public static Instant parseHttpDate(String value) {
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
