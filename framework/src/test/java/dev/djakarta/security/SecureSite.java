package dev.djakarta.security;

import static dev.djakarta.urls.Routes.path;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.auth.Access;
import dev.djakarta.auth.Auth;
import dev.djakarta.auth.AuthApp;
import dev.djakarta.auth.User;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.http.SafeRedirects;
import dev.djakarta.server.Engine;
import dev.djakarta.sessions.SessionsApp;
import dev.djakarta.urls.Routes;
import dev.djakarta.utils.Html;
import java.util.List;

/** A site with sessions, auth, CSRF and the security middleware, for the security suite. */
public class SecureSite extends Site {
    public static final String[] SETTINGS = {"DEBUG=false", "SECRET_KEY=security-tests-security-tests-security-tests-0123",
        "DATABASE_URL=h2:mem:", "PASSWORD_HASH_ITERATIONS=1000", "LOGIN_THROTTLE_ATTEMPTS=3", "LOGIN_THROTTLE_WINDOW=60",
        "MIDDLEWARE=dev.djakarta.security.SecurityMiddleware,dev.djakarta.security.XFrameOptionsMiddleware,"
            + "dev.djakarta.sessions.SessionMiddleware,dev.djakarta.middleware.CommonMiddleware,"
            + "dev.djakarta.security.CsrfMiddleware,dev.djakarta.auth.AuthenticationMiddleware",
        "CONTENT_SECURITY_POLICY=default-src 'self'; script-src 'self' {nonce}"};

    @Override
    public List<App> apps() {
        return List.of(new SessionsApp(), new AuthApp());
    }

    @Override
    public Routes routes() {
        return Routes.of(
                path("", r -> Response.text("hello " + (r.user().isAuthenticated() ? r.user().getUsername() : "anonymous")), "home"),
                path("form/", r -> Response.html("<form method=post><input name=csrfmiddlewaretoken value=\""
                        + Csrf.token(r) + "\"></form><script nonce=\"" + SecurityMiddleware.nonce(r) + "\"></script>"), "form"),
                path("login/", SecureSite::login, "login"),
                path("logout/", r -> {
                    Auth.logout(r);
                    return Response.redirect("/");
                }, "logout"),
                path("password/", Access.requireLogin(r -> {
                    User u = (User) r.user();
                    Auth.setPassword(Engine.of(r), u, r.form("new"));
                    User.objects().save(u);
                    Auth.updateSessionHash(r, u);
                    return Response.text("changed");
                }), "password"),
                path("secret/", Access.requireLogin(r -> Response.text("secret for " + r.user().getUsername())), "secret"),
                path("users/edit/", Access.requirePermission("auth.change_user", r -> Response.text("may edit")), "edit"),
                path("hook/", Csrf.exempt(r -> Response.text("hook ok")), "hook"),
                path("framed/", XFrameOptionsMiddleware.exempt(r -> Response.text("framed")), "framed"),
                path("boom/", r -> {
                    throw new IllegalStateException("boom");
                }, "boom"),
                path("post/", r -> Response.text("posted " + Html.escape(r.form("x"))), "post"));
    }

    private static Response login(Request r) {
        if (r.method().equals("GET")) {
            return Response.html("<form method=post>" + Csrf.token(r) + "</form>");
        }
        User user = Auth.authenticate(r, r.form("username"), r.form("password"));
        if (user == null) {
            return Response.text("Please enter a correct username and password.");
        }
        Auth.login(r, user);
        String next = r.form("next");
        boolean safe = SafeRedirects.isSafe(r, next);
        return Response.redirect(safe ? next : "/");
    }
}
