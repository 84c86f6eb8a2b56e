package dev.djakarta.sessions;

import dev.djakarta.http.Cookie;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.middleware.Handler;
import dev.djakarta.middleware.Middleware;
import dev.djakarta.server.Engine;

/**
 * Django's SessionMiddleware: gives each request a lazily loaded {@code request.session()} and, on the way out,
 * saves a modified (or, with SESSION_SAVE_EVERY_REQUEST, any non-empty) session and sets its cookie (HttpOnly,
 * SameSite=Lax by default), deletes the cookie of a session that became empty, and adds {@code Vary: Cookie}
 * when the session was read. A server error (5xx) saves nothing.
 */
public final class SessionMiddleware implements Middleware {
    private final Engine engine;
    private final String cookieName;
    private volatile Sessions sessions;

    /** The store is set up on first use, so sites that never touch a session need no session backend. */
    public SessionMiddleware(Engine engine) {
        this.engine = engine;
        this.cookieName = engine.settings().string("SESSION_COOKIE_NAME", "sessionid");
    }

    private Sessions sessions() {
        Sessions s = sessions;
        if (s == null) {
            s = Sessions.of(engine);
            sessions = s;
        }
        return s;
    }

    @Override
    public Response handle(Request request, Handler next) throws Exception {
        LazySession session = new LazySession(this::sessions, request.cookie(cookieName));
        request.setAttribute(Request.SESSION_ATTRIBUTE, session);
        Response response = next.handle(request);
        if (!session.isAccessed() && !session.isModified()) {
            return response;
        }
        Sessions sessions = sessions();
        if (session.isAccessed()) {
            response.vary("Cookie");
        }
        boolean hadCookie = request.cookie(cookieName) != null;
        if (session.isEmpty()) {
            if (hadCookie && (session.isModified() || session.cookieKey() == null || session.key() == null)) {
                response.cookie(Cookie.deleted(sessions.cookieName, sessions.path, sessions.domain.isEmpty() ? null : sessions.domain)
                        .withSameSite(sessions.sameSite));
            }
            return response;
        }
        if ((session.isModified() || sessions.saveEveryRequest) && response.status() < 500) {
            String key = session.save();
            response.cookie(sessions.cookie(key, session.expiry()));
        }
        return response;
    }
}
