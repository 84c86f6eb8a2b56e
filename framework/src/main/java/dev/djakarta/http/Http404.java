package dev.djakarta.http;

/** 404. Nothing matches the request, or the object asked for does not exist. The message is shown only on the DEBUG page, never to users in production. */
public class Http404 extends HttpException {
    private static final long serialVersionUID = 1L;

    public Http404(String message) {
        super(404, message);
    }

    public Http404(String message, Throwable cause) {
        super(404, message, cause);
    }
}
