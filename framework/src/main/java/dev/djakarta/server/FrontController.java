package dev.djakarta.server;

import dev.djakarta.http.Cookie;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one servlet, mapped to {@code /}: Django's WSGIHandler. It adapts the servlet request, runs the engine and
 * writes the response; nothing else lives here. HEAD responses get the headers (Content-Length included) without
 * the body.
 */
public final class FrontController extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(FrontController.class);

    private final transient Engine engine;

    public FrontController(Engine engine) {
        this.engine = engine;
    }

    public Engine engine() {
        return engine;
    }

    /** Closes the engine (pools, caches) when the container or the reloader retires this servlet. */
    @Override
    public void destroy() {
        engine.close();
    }

    /** Boots the site named {@code siteClass} (or the registered one) from the context class loader: used by reloading. */
    public static FrontController forSite(String siteClass, java.util.Map<String, String> overrides) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        dev.djakarta.Site site = SiteLoader.find(loader, siteClass);
        if (site == null) {
            throw new dev.djakarta.conf.ImproperlyConfigured("No Site found: register one in META-INF/services/dev.djakarta.Site");
        }
        return new FrontController(Engine.boot(site, overrides));
    }

    @Override
    protected void service(HttpServletRequest servletRequest, HttpServletResponse servletResponse) throws IOException {
        Request request = engine.newRequest(new ServletRawRequest(servletRequest));
        try {
            Response response = engine.handle(request);
            write(response, servletResponse, request.method().equals("HEAD"));
        } finally {
            engine.finish(request);
        }
    }

    static void write(Response response, HttpServletResponse out, boolean head) throws IOException {
        out.setStatus(response.status());
        response.headers().forEach((name, value) -> {
            if (name.equalsIgnoreCase("Content-Type")) {
                out.setContentType(value);
            } else if (name.equalsIgnoreCase("Content-Length")) {
                out.setContentLengthLong(Long.parseLong(value));
            } else {
                out.addHeader(name, value);
            }
        });
        for (Cookie cookie : response.cookies()) {
            out.addHeader("Set-Cookie", cookie.toHeader());
        }
        long length = response.contentLength();
        if (length >= 0 && !response.headers().has("Content-Length") && response.header("Content-Encoding") == null) {
            out.setContentLengthLong(length);
        }
        if (head || response.status() == 204 || response.status() == 304) {
            return;
        }
        try {
            OutputStream body = out.getOutputStream();
            response.writeBody(body);
        } catch (IOException e) {
            // the client went away mid-body; nothing useful can be sent now
            log.debug("Client disconnected while writing {}: {}", response, e.toString());
        }
    }
}
