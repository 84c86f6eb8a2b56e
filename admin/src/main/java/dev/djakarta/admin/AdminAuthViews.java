package dev.djakarta.admin;

import dev.djakarta.auth.LoginForm;
import dev.djakarta.auth.PasswordChangeForm;
import dev.djakarta.auth.Auth;
import dev.djakarta.auth.Passwords;
import dev.djakarta.auth.User;
import dev.djakarta.http.MethodNotAllowed;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.http.SafeRedirects;
import dev.djakarta.security.Csrf;
import dev.djakarta.server.Engine;
import java.util.List;
import java.util.Map;

/** The admin's login (staff only), logout (POST) and password change pages. */
final class AdminAuthViews {
    static final String STAFF_ERROR = "Please enter the correct username and password for a staff account. "
            + "Note that both fields may be case-sensitive.";

    private final AdminSite site;

    AdminAuthViews(AdminSite site) {
        this.site = site;
    }

    Response login(Request request) {
        String next = request.method().equals("POST") ? request.form("next") : request.query("next");
        String target = next != null && !next.isEmpty() && SafeRedirects.isSafe(request, next) ? next : AdminSite.url(request, "index");
        if (request.isSafeMethod() && site.allows(request)) {
            return Response.redirect(target);
        }
        LoginForm form = new LoginForm();
        if (request.method().equals("POST")) {
            form.bind(request);
            if (form.isValid()) {
                User user = Auth.authenticate(request, form.cleaned(LoginForm.USERNAME), form.cleaned(LoginForm.PASSWORD));
                if (user != null && user.isActive() && user.isStaff()) {
                    Auth.login(request, user);
                    return Response.redirect(target);
                }
                form.addError(STAFF_ERROR);
            }
        } else if (!request.isSafeMethod()) {
            throw new MethodNotAllowed(request.method(), List.of("GET", "HEAD", "POST"));
        }
        Map<String, Object> context = site.context(request);
        context.put("form", form);
        context.put("next", next == null ? "" : next);
        context.put("title", "Log in");
        return AdminSite.render(request, null, "login.html", context, 200);
    }

    Response logout(Request request) {
        Auth.logout(request);
        Map<String, Object> context = site.context(request);
        context.put("title", "Logged out");
        context.put("loginUrl", AdminSite.url(request, "login"));
        return AdminSite.render(request, null, "logged_out.html", context, 200);
    }

    Response passwordChange(Request request) {
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
                return Response.redirect(AdminSite.url(request, "password_change_done"));
            }
        }
        Map<String, Object> context = site.context(request);
        context.put("form", form);
        context.put("title", "Password change");
        return AdminSite.render(request, null, "password_change_form.html", context, 200);
    }

    Response passwordChangeDone(Request request) {
        Map<String, Object> context = site.context(request);
        context.put("title", "Password change successful");
        return AdminSite.render(request, null, "password_change_done.html", context, 200);
    }
}
