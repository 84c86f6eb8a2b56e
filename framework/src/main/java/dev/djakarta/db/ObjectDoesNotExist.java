package dev.djakarta.db;

import dev.djakarta.http.Http404;

/** get() found no row: Django's Model.DoesNotExist. A 404 if it reaches the engine. */
public class ObjectDoesNotExist extends Http404 {
    private static final long serialVersionUID = 1L;

    public ObjectDoesNotExist(String message) {
        super(message);
    }
}
