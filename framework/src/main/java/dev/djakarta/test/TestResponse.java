package dev.djakarta.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.djakarta.http.Cookie;
import dev.djakarta.http.Json;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.templates.RenderRecorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A response seen by the test client: status, headers, cookies and the body as the client received it (streams
 * drained, nothing for HEAD), plus the request that produced it and, after followed redirects, the chain.
 */
public final class TestResponse {
    private final Response response;
    private final Request request;
    private final byte[] body;
    private final List<String> redirectChain;

    TestResponse(Response response, Request request, byte[] body, List<String> redirectChain) {
        this.response = response;
        this.request = request;
        this.body = body;
        this.redirectChain = redirectChain;
    }

    public int status() {
        return response.status();
    }

    /** The first value of a response header, or null. */
    public String header(String name) {
        return response.header(name);
    }

    public List<String> headers(String name) {
        return response.headers().getAll(name);
    }

    /** The body bytes as received (gzip stays compressed). */
    public byte[] bytes() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON. */
    public JsonNode json() {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Response body is not JSON: " + text(), e);
        }
    }

    /** Set-Cookie headers of this response. */
    public List<Cookie> cookies() {
        return response.cookies();
    }

    /** The cookie of that name set by this response, or null. */
    public Cookie cookie(String name) {
        for (Cookie c : response.cookies()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The Location header of a redirect. */
    public String location() {
        return response.header("Location");
    }

    /** The URLs redirected to, in order, when the client followed redirects. */
    public List<String> redirectChain() {
        return redirectChain;
    }

    /** The framework response (for exception(), streaming and the like). */
    public Response response() {
        return response;
    }

    /**
     * The name of the template that rendered this response ({@code "blog/post_list.html"}), or null when no
     * template did (a redirect, JSON). Django's {@code assertTemplateUsed}.
     */
    public String templateName() {
        RenderRecorder.Rendering r = rendering();
        return r == null ? null : r.name();
    }

    /** Every template rendered while handling the request, in order (Django's {@code response.templates}). */
    public List<String> templateNames() {
        RenderRecorder recorder = request.attribute(RenderRecorder.ATTRIBUTE);
        List<String> names = new ArrayList<>();
        if (recorder != null) {
            recorder.renderings().forEach(r -> names.add(r.name()));
        }
        return names;
    }

    /**
     * The context the template of {@link #templateName()} was rendered with: the view's variables plus the context
     * processors' (Django's {@code response.context}). Empty when no template rendered the response.
     */
    public Map<String, Object> context() {
        RenderRecorder.Rendering r = rendering();
        return r == null ? Map.of() : r.context();
    }

    private RenderRecorder.Rendering rendering() {
        RenderRecorder recorder = request.attribute(RenderRecorder.ATTRIBUTE);
        return recorder == null ? null : recorder.forResponse(response);
    }

    /** The request as the view saw it (route name, kwargs, attributes). */
    public Request request() {
        return request;
    }

    @Override
    public String toString() {
        return status() + " " + response.contentType() + "\n" + response.headers() + "\n"
                + (body.length > 2000 ? text().substring(0, 2000) + "..." : text());
    }
}
