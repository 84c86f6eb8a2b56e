package dev.djakarta.middleware;

import dev.djakarta.http.Conditional;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Django's ConditionalGetMiddleware: for successful GET/HEAD responses, adds an ETag (an MD5 of the content)
 * when the view set none, then answers 304 Not Modified when If-None-Match or If-Modified-Since show the
 * client's copy is current. Responses marked {@code Cache-Control: no-store} and streams get no ETag.
 */
public final class ConditionalGetMiddleware implements Middleware {
    @Override
    public Response handle(Request request, Handler next) throws Exception {
        Response response = next.handle(request);
        if (!request.method().equals("GET") && !request.method().equals("HEAD") || response.status() != 200) {
            return response;
        }
        String cacheControl = response.header("Cache-Control");
        if (response.header("ETag") == null && !response.isStreaming()
                && (cacheControl == null || !cacheControl.contains("no-store"))) {
            response.header("ETag", etag(response.content()));
        }
        String etag = response.header("ETag");
        String lastModified = response.header("Last-Modified");
        if ((etag != null || lastModified != null) && Conditional.notModified(request, etag, lastModified)) {
            return Conditional.notModifiedResponse(response);
        }
        return response;
    }

    static String etag(byte[] content) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
