package dev.djakarta.http;

/** 413. The body (or one uploaded file) is larger than DATA_UPLOAD_MAX_MEMORY_SIZE / FILE_UPLOAD_MAX_SIZE. */
public class RequestTooLarge extends HttpException {
    private static final long serialVersionUID = 1L;

    public RequestTooLarge(String message) {
        super(413, message);
    }
}
