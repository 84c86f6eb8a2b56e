package dev.djakarta.http;

/** 403. The user may not do this. The message is shown only on the DEBUG page, never to users in production. */
public class PermissionDenied extends HttpException {
    private static final long serialVersionUID = 1L;

    public PermissionDenied(String message) {
        super(403, message);
    }

    public PermissionDenied(String message, Throwable cause) {
        super(403, message, cause);
    }
}
