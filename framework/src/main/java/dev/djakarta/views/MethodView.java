package dev.djakarta.views;

import dev.djakarta.http.MethodNotAllowed;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * A class-based view, Django's {@code View}: override {@code get}, {@code post}, {@code put}, {@code patch},
 * {@code delete} for the methods you accept. HEAD runs {@code get} (the body is dropped by the server), OPTIONS
 * answers with {@code Allow}, anything else is 405 with {@code Allow}.
 *
 * <p>The accepted methods are found once, when the instance is created (no reflection per request).
 * One instance serves all requests: keep request state in locals.
 */
public abstract class MethodView implements View {
    private static final String[] HANDLERS = {"get", "post", "put", "patch", "delete"};
    private final List<String> allowed;
    private final boolean loginRequired;
    private final List<String> permissions;

    protected MethodView() {
        List<String> methods = new ArrayList<>();
        for (String name : HANDLERS) {
            if (overrides(name)) {
                methods.add(name.toUpperCase(java.util.Locale.ROOT));
                if (name.equals("get")) {
                    methods.add("HEAD");
                }
            }
        }
        methods.add("OPTIONS");
        allowed = List.copyOf(methods);
        dev.djakarta.auth.PermissionRequired required = getClass().getAnnotation(dev.djakarta.auth.PermissionRequired.class);
        permissions = required == null ? List.of() : List.of(required.value());
        loginRequired = getClass().isAnnotationPresent(dev.djakarta.auth.LoginRequired.class);
    }

    private boolean overrides(String name) {
        for (Class<?> c = getClass(); c != MethodView.class && c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 1 && m.getParameterTypes()[0] == Request.class) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The methods this view answers, for the {@code Allow} header. */
    public final List<String> allowedMethods() {
        return allowed;
    }

    @Override
    public Response handle(Request request) throws Exception {
        if (loginRequired || !permissions.isEmpty()) {
            Response denied = dev.djakarta.auth.Access.check(request, loginRequired, permissions);
            if (denied != null) {
                return denied;
            }
        }
        switch (request.method()) {
            case "GET": return allowed("GET", request) ? get(request) : notAllowed(request);
            case "HEAD": return allowed("HEAD", request) ? head(request) : notAllowed(request);
            case "POST": return allowed("POST", request) ? post(request) : notAllowed(request);
            case "PUT": return allowed("PUT", request) ? put(request) : notAllowed(request);
            case "PATCH": return allowed("PATCH", request) ? patch(request) : notAllowed(request);
            case "DELETE": return allowed("DELETE", request) ? delete(request) : notAllowed(request);
            case "OPTIONS": return options(request);
            default: return notAllowed(request);
        }
    }

    private boolean allowed(String method, Request request) {
        return allowed.contains(method);
    }

    private Response notAllowed(Request request) {
        throw new MethodNotAllowed(request.method(), allowed);
    }

    protected Response get(Request request) throws Exception {
        return notAllowed(request);
    }

    /** Runs {@link #get}; the server sends the headers without the body. */
    protected Response head(Request request) throws Exception {
        return get(request);
    }

    protected Response post(Request request) throws Exception {
        return notAllowed(request);
    }

    protected Response put(Request request) throws Exception {
        return notAllowed(request);
    }

    protected Response patch(Request request) throws Exception {
        return notAllowed(request);
    }

    protected Response delete(Request request) throws Exception {
        return notAllowed(request);
    }

    /** 200 with {@code Allow} and an empty body, like Django. */
    protected Response options(Request request) throws Exception {
        return Response.status(200).header("Allow", String.join(", ", allowed)).header("Content-Length", "0");
    }
}
