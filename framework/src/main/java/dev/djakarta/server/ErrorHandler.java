package dev.djakarta.server;

import dev.djakarta.Site;
import dev.djakarta.http.HttpException;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.http.SuspiciousOperation;
import dev.djakarta.middleware.Handler;
import dev.djakarta.views.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become responses. HTTP errors get their status (with the project's handler4xx view
 * when it has one); anything else is a 500: logged with its stack, shown as the technical page with DEBUG on,
 * as a plain page (or the project's handler500) with DEBUG off. Error pages never leak internals in production.
 */
final class ErrorHandler {
    private static final Logger requestLog = LoggerFactory.getLogger("djakarta.request");
    private static final Logger securityLog = LoggerFactory.getLogger("djakarta.security");

    private final Engine engine;
    private final ErrorPages pages;

    ErrorHandler(Engine engine) {
        this.engine = engine;
        this.pages = new ErrorPages(engine);
    }

    /** Wraps a handler so its exceptions come back as responses (and a null response is an error too). */
    Handler guard(Handler handler, String what) {
        return request -> {
            try {
                Response r = handler.handle(request);
                if (r == null) {
                    throw new IllegalStateException(what + " returned null instead of a Response");
                }
                return r;
            } catch (Exception e) {
                return respond(request, e);
            }
        };
    }

    Response respond(Request request, Throwable e) {
        Response r;
        Throwable unavailable = unreachableService(e);
        if (unavailable != null) {
            requestLog.error("Service Unavailable: {}: {}", safePath(request), unavailable.toString());
            r = httpError(request, new dev.djakarta.http.ServiceUnavailable("A backing service is unreachable: " + unavailable, e));
        } else if (e instanceof HttpException he) {
            r = httpError(request, he);
        } else {
            requestLog.error("Internal Server Error: {}", safePath(request), e);
            r = serverError(request, e);
        }
        return r.setException(e);
    }

    private Response httpError(Request request, HttpException e) {
        int status = e.status();
        if (e instanceof SuspiciousOperation) {
            securityLog.warn("{} ({}): {}", e.getClass().getSimpleName(), safePath(request), e.getMessage());
        } else if (status >= 400 && status != 404) {
            requestLog.warn("{} {}: {}", status, safePath(request), e.getMessage());
        }
        Site site = engine.site();
        View custom = switch (status) {
            case 400 -> site.handler400();
            case 403 -> site.handler403();
            case 404 -> engine.debug() ? null : site.handler404();
            default -> null;
        };
        Response r = null;
        if (custom != null) {
            r = callHandler(custom, request, status);
        }
        if (r == null) {
            r = status == 404 && engine.debug() ? pages.technical404(request, e) : pages.plain(status, engine.debug() ? e.getMessage() : null);
        }
        e.headers().forEach(r::header);
        return r;
    }

    private Response serverError(Request request, Throwable e) {
        if (engine.debug()) {
            try {
                return pages.technical500(request, e);
            } catch (RuntimeException pageFailure) {
                requestLog.error("The technical 500 page failed", pageFailure);
                return pages.plain(500, null);
            }
        }
        View custom = engine.site().handler500();
        Response r = custom == null ? null : callHandler(custom, request, 500);
        return r != null ? r : pages.plain(500, null);
    }

    private Response callHandler(View view, Request request, int status) {
        try {
            Response r = view.handle(request);
            if (r != null && r.status() != status) {
                r.setStatus(status);
            }
            return r;
        } catch (Exception failure) {
            requestLog.error("The handler{} view failed; using the built-in page", status, failure);
            return null;
        }
    }

    /**
     * The cause when {@code e} comes from a database or cache that cannot be reached (pool timeout, refused
     * connection): those are a 503 that clears by itself, not a bug.
     */
    static Throwable unreachableService(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || name.equals("org.hibernate.exception.JDBCConnectionException")
                    || name.startsWith("redis.clients.jedis.exceptions.JedisConnectionException")
                    || (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return t;
            }
        }
        return null;
    }

    private static String safePath(Request request) {
        try {
            return request.path();
        } catch (RuntimeException e) {
            return request.raw().rawPath();
        }
    }
}
