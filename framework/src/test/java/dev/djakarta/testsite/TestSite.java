package dev.djakarta.testsite;

import static dev.djakarta.urls.Routes.include;
import static dev.djakarta.urls.Routes.path;

import dev.djakarta.Site;
import dev.djakarta.http.BadRequest;
import dev.djakarta.http.Http404;
import dev.djakarta.http.PermissionDenied;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.http.UploadedFile;
import dev.djakarta.server.Engine;
import dev.djakarta.urls.Routes;
import dev.djakarta.views.MethodView;
import dev.djakarta.views.Methods;
import dev.djakarta.views.RedirectView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A site exercising the request cycle, shared by the framework's own tests. */
public class TestSite extends Site {
    public static final String SECRET = "test-secret-key-that-is-long-enough-for-the-checks-0123456789";

    /** Settings for a production-like test run. */
    public static Map<String, String> production() {
        return Map.of("DEBUG", "false", "SECRET_KEY", SECRET);
    }

    /** A test client for this site with production settings plus {@code extra}. */
    public static dev.djakarta.test.Client client(Map<String, String> extra) {
        Map<String, String> s = new java.util.HashMap<>(production());
        s.putAll(extra);
        return dev.djakarta.test.Client.of(new TestSite(), s);
    }

    /** Settings for a DEBUG test run. */
    public static Map<String, String> debug() {
        return Map.of("DEBUG", "true", "SECRET_KEY", SECRET);
    }

    @Override
    public Routes routes() {
        return Routes.of(
                path("", r -> Response.html("<h1>home</h1>"), "home"),
                path("hello/", r -> Response.text("hello " + r.query().get("name", "world")), "hello"),
                path("articles/<int:year>/", r -> Response.text("year " + r.intKwarg("year")), "articles_year"),
                path("articles/<int:year>/<slug:slug>/", r -> Response.text(r.intKwarg("year") + "/" + r.kwarg("slug")), "article"),
                path("params/", TestSite::echoParams, "params"),
                path("json/", r -> Response.json(Map.of("got", r.json())), "json"),
                path("upload/", TestSite::upload, "upload"),
                path("thing/", new ThingView(), "thing"),
                path("post-only/", Methods.requirePost(r -> Response.text("posted")), "post_only"),
                path("old/", RedirectView.toRoute("home").permanent(), "old"),
                path("go/<int:year>/", RedirectView.to("/articles/{year}/"), "go"),
                path("boom/", r -> { throw new IllegalStateException("kaboom <script>"); }, "boom"),
                path("null/", r -> null, "null_view"),
                path("missing/", r -> { throw new Http404("no such thing"); }, "missing"),
                path("forbidden/", r -> { throw new PermissionDenied("nope"); }, "forbidden"),
                path("bad/", r -> { throw new BadRequest("bad"); }, "bad"),
                path("cookie/set/", TestSite::setCookie, "cookie_set"),
                path("cookie/get/", r -> Response.text(String.valueOf(r.signedCookie("sig", null, null))), "cookie_get"),
                path("cookies/", r -> Response.text(new java.util.TreeMap<>(r.cookies()).toString()), "cookies"),
                path("big/", r -> Response.text("x".repeat(5000)), "big"),
                path("stream/", r -> Response.stream("text/plain; charset=utf-8", out -> out.write("streamed!".repeat(100).getBytes())), "stream"),
                path("unicode/<str:word>/", r -> Response.text("word=" + r.kwarg("word")), "unicode"),
                path("reverse/", r -> Response.text(Engine.of(r).reverse("article", 2024, "hello-world")), "reverse"),
                include("api/", Routes.of(path("items/<uuid:id>/", r -> Response.json(Map.of("id", r.uuidKwarg("id").toString())), "item")), "api"));
    }

    private static Response echoParams(Request r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", r.query().asMap());
        out.put("form", r.form().asMap());
        return Response.json(out);
    }

    private static Response upload(Request r) {
        UploadedFile f = r.file("doc");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", r.form("title"));
        out.put("filename", f == null ? null : f.filename());
        out.put("size", f == null ? 0 : f.size());
        out.put("content", f == null ? null : new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        out.put("count", r.files().getOrDefault("doc", List.of()).size());
        return Response.json(out);
    }

    private static Response setCookie(Request r) {
        return Response.text("set")
                .cookie(dev.djakarta.http.Cookie.of("plain", "v1").withMaxAge(3600).withHttpOnly(true).withSameSite("Lax")
                        .withSecure(true).withDomain("example.com").withPath("/p"))
                .signedCookie(r, dev.djakarta.http.Cookie.of("sig", "alice"), null);
    }

    /** A class-based view answering GET and POST. */
    static final class ThingView extends MethodView {
        @Override
        protected Response get(Request request) {
            return Response.text("get thing");
        }

        @Override
        protected Response post(Request request) {
            return Response.text("post thing " + request.form("name"));
        }
    }
}
