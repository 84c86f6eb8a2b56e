package dev.djakarta.http;

/**
 * An exception that stands for an HTTP error response. Throw one anywhere in a view or middleware; the engine
 * turns it into a response in one place (see {@code dev.djakarta.server.ErrorHandler}).
 */
public abstract class HttpException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    protected HttpException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    protected HttpException(int status, String message, Throwable cause) {
        super(message, cause, false, false);
        this.status = status;
    }

    /** Headers the error response must carry ({@code Allow} for 405, {@code Retry-After} for 429). */
    public java.util.Map<String, String> headers() {
        return java.util.Map.of();
    }

    /** The HTTP status code of the response this error becomes. */
    public int status() {
        return status;
    }
}
