package dev.djakarta.auth;

import static dev.djakarta.urls.Routes.path;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.http.SafeRedirects;
import dev.djakarta.security.Csrf;
import dev.djakarta.server.Engine;
import dev.djakarta.templates.Render;
import dev.djakarta.urls.Routes;
import dev.djakarta.views.Methods;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's auth views, mounted with {@code include("accounts/", AuthViews.routes())}: {@code login/},
 * {@code logout/} (POST only, as in Django 5), {@code password_change/} and {@code password_change/done/}. Templates
 * (overridable by the project): {@code registration/login.html}, {@code registration/logged_out.html},
 * {@code registration/password_change_form.html}, {@code registration/password_change_done.html}.
 */
public final class AuthViews {
    static final String LOGIN_ERROR = "Please enter a correct username and password. Note that both fields may be case-sensitive.";

    private AuthViews() {
    }

    public static Routes routes() {
        return Routes.of(
                path("login/", AuthViews::login, "login"),
                path("logout/", Methods.requirePost(AuthViews::logout), "logout"),
                path("password_change/", Access.requireLogin(AuthViews::passwordChange), "password_change"),
                path("password_change/done/", Access.requireLogin(r -> Render.render(r, "registration/password_change_done.html",
                        Map.of())), "password_change_done"));
    }

    static Response login(Request request) {
        String next = request.method().equals("POST") ? request.form("next") : request.query("next");
        LoginForm form = new LoginForm();
        if (request.method().equals("POST")) {
            form.bind(request);
            if (form.isValid()) {
                User user = Auth.authenticate(request, form.cleaned(LoginForm.USERNAME), form.cleaned(LoginForm.PASSWORD));
                if (user != null) {
                    Auth.login(request, user);
                    return Response.redirect(redirectTarget(request, next));
                }
                form.addError(LOGIN_ERROR);
            }
        } else if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            throw new dev.djakarta.http.MethodNotAllowed(request.method(), java.util.List.of("GET", "HEAD", "POST"));
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("form", form);
        context.put("next", next == null ? "" : next);
        return Render.render(request, "registration/login.html", context);
    }

    static Response logout(Request request) {
        Auth.logout(request);
        String target = Engine.of(request).settings().string("LOGOUT_REDIRECT_URL");
        String next = request.form("next");
        if (next != null && SafeRedirects.isSafe(request, next)) {
            return Response.redirect(next);
        }
        if (!target.isEmpty()) {
            return Response.redirect(resolve(request, target));
        }
        return Render.render(request, "registration/logged_out.html", Map.of());
    }

    static Response passwordChange(Request request) {
        User user = (User) request.user();
        Engine engine = Engine.of(request);
        PasswordChangeForm form = new PasswordChangeForm(user, Passwords.of(engine));
        if (request.method().equals("POST")) {
            form.bind(request);
            if (form.isValid()) {
                Auth.setPassword(engine, user, form.cleaned(PasswordChangeForm.NEW1));
                User.objects().save(user);
                Auth.updateSessionHash(request, user);
                Csrf.rotate(request);
                return Response.redirect(engine.reverse(routeName(request, "password_change_done")));
            }
        }
        return Render.render(request, "registration/password_change_form.html", Map.of("form", form));
    }

    /** The route name in the same namespace as the current route ({@code "accounts:x"} or {@code "x"}). */
    private static String routeName(Request request, String name) {
        String current = request.routeName();
        int colon = current == null ? -1 : current.lastIndexOf(':');
        return colon < 0 ? name : current.substring(0, colon + 1) + name;
    }

    private static String redirectTarget(Request request, String next) {
        if (next != null && !next.isEmpty() && SafeRedirects.isSafe(request, next)) {
            return next;
        }
        return resolve(request, Engine.of(request).settings().string("LOGIN_REDIRECT_URL", "/"));
    }

    private static String resolve(Request request, String target) {
        Engine engine = Engine.of(request);
        if (target.startsWith("/")) {
            return engine.contextPath() + target;
        }
        return engine.resolver().hasRoute(target) ? engine.reverse(target) : target;
    }
}
