package dev.djakarta.benchmarks.tfb.djakarta;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.middleware.Handler;
import dev.djakarta.middleware.Middleware;

/**
 * Adds {@code Server: Djakarta} to every response, as the TechEmpower rules require. The embedded server sends no
 * Server header of its own (it does not advertise its version); the raw baseline sets the same header in its
 * servlets. Configured first in MIDDLEWARE so that error responses get it too.
 */
public final class ServerHeader implements Middleware {
    /** The header's value. */
    public static final String NAME = "Djakarta";

    @Override
    public Response handle(Request request, Handler next) throws Exception {
        return next.handle(request).header("Server", NAME);
    }
}
