package dev.djakarta.middleware;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;

/**
 * One layer of the onion, Django's middleware: do something before, call {@code next}, do something after.
 * Return without calling {@code next} to short-circuit. Exceptions thrown here or further in arrive as responses
 * with {@link Response#exception()} set, so every outer layer still sees (and decorates) error responses.
 *
 * <p>Configured by class name in the MIDDLEWARE setting, outermost first. The class needs a public constructor
 * taking {@link dev.djakarta.Site} or no arguments; it is created once at start-up and shared by all requests.
 */
@FunctionalInterface
public interface Middleware {
    Response handle(Request request, Handler next) throws Exception;
}
