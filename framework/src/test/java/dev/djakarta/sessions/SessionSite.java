package dev.djakarta.sessions;

import static dev.djakarta.urls.Routes.path;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.http.Response;
import dev.djakarta.urls.Routes;
import java.time.Duration;
import java.util.List;

/** Views that use the session, for the session tests. */
public class SessionSite extends Site {
    @Override
    public List<App> apps() {
        return List.of(new SessionsApp());
    }

    @Override
    public Routes routes() {
        return Routes.of(
                path("set/<str:value>/", r -> {
                    r.session().put("value", r.kwarg("value"));
                    return Response.text("set");
                }, "set"),
                path("get/", r -> Response.text(String.valueOf(r.session().get("value"))), "get"),
                path("nothing/", r -> Response.text("no session use"), "nothing"),
                path("cycle/", r -> {
                    r.session().cycleKey();
                    return Response.text(r.session().key() == null ? "new key on save" : "still old");
                }, "cycle"),
                path("flush/", r -> {
                    r.session().flush();
                    return Response.text("flushed");
                }, "flush"),
                path("short/", r -> {
                    r.session().put("value", "short-lived");
                    r.session().setExpiry(Duration.ofSeconds(1));
                    return Response.text("short");
                }, "short"),
                path("browser/", r -> {
                    r.session().put("value", "browser");
                    r.session().setExpiry(Duration.ZERO);
                    return Response.text("browser");
                }, "browser"));
    }
}
