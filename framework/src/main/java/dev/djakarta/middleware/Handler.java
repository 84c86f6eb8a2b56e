package dev.djakarta.middleware;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;

/**
 * The rest of the chain, as seen by a middleware: calling it runs the inner middleware and the view.
 * It never throws an {@link dev.djakarta.http.HttpException} or a view's exception: those come back as
 * error responses, with {@link Response#exception()} set.
 */
@FunctionalInterface
public interface Handler {
    Response handle(Request request) throws Exception;
}
