package dev.djakarta.db;

import dev.djakarta.http.BadRequest;

/**
 * A field name, lookup or value a query cannot use: unknown field, unknown lookup, or a value of the wrong type.
 * The message names the model, the field and the valid choices. It is a 400 when it reaches the engine, because
 * names and values that vary at run time come from requests (sort columns, filters); it never reaches SQL.
 */
public class FieldError extends BadRequest {
    private static final long serialVersionUID = 1L;

    public FieldError(String message) {
        super(message);
    }
}
