package dev.djakarta.http;

/** 400. The request is malformed. The message is shown only on the DEBUG page, never to users in production. */
public class BadRequest extends HttpException {
    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
        super(400, message);
    }

    public BadRequest(String message, Throwable cause) {
        super(400, message, cause);
    }
}
