package dev.djakarta.auth;

import dev.djakarta.http.PermissionDenied;
import dev.djakarta.http.Principal;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.http.UrlCodec;
import dev.djakarta.server.Engine;
import dev.djakarta.views.View;
import java.util.List;

/**
 * Django's login_required / permission_required: {@code requireLogin(view)}, {@code requirePermission("blog.add_post",
 * view)}. Anonymous visitors go to LOGIN_URL with {@code ?next=<this page>}; logged-in users without the permission
 * get 403. Class-based views use {@link LoginRequired} and {@link PermissionRequired} instead.
 */
public final class Access {
    private Access() {
    }

    public static View requireLogin(View view) {
        return request -> {
            Response redirect = loginRedirect(request);
            return redirect != null ? redirect : view.handle(request);
        };
    }

    public static View requirePermission(String permission, View view) {
        return requirePermissions(List.of(permission), view);
    }

    public static View requirePermissions(List<String> permissions, View view) {
        return request -> {
            Response denied = check(request, true, permissions);
            return denied != null ? denied : view.handle(request);
        };
    }

    /** The redirect or 403 for a request that fails the check, or null when it passes. */
    public static Response check(Request request, boolean login, List<String> permissions) {
        Response redirect = login || !permissions.isEmpty() ? loginRedirect(request) : null;
        if (redirect != null) {
            return redirect;
        }
        Principal user = request.user();
        for (String p : permissions) {
            if (!user.hasPerm(p)) {
                throw new PermissionDenied("Missing permission " + p);
            }
        }
        return null;
    }

    /** The redirect to the login page for anonymous users, or null for logged-in ones. */
    static Response loginRedirect(Request request) {
        if (request.user().isAuthenticated()) {
            return null;
        }
        Engine engine = Engine.of(request);
        String login = engine.settings().string("LOGIN_URL", "/accounts/login/");
        if (login.startsWith("/")) {
            login = engine.contextPath() + login;
        } else if (!login.contains("/") && engine.resolver().hasRoute(login)) {
            login = engine.reverse(login);
        }
        String next = engine.contextPath() + request.fullPath();
        return Response.redirect(login + (login.contains("?") ? "&" : "?") + "next=" + UrlCodec.encodeQueryComponent(next));
    }
}
