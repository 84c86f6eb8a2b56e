package dev.djakarta.server;

import dev.djakarta.http.Http404;

/** No route matched the path: the DEBUG 404 page then lists the patterns that were tried. */
final class ResolverNotFound extends Http404 {
    private static final long serialVersionUID = 1L;
    final String path;

    ResolverNotFound(String path) {
        super("No route matches '" + path + "'");
        this.path = path;
    }
}
