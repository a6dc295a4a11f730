package dev.ogi.server.core;

/**
 * An error a person can act on, with the HTTP status it reaches them with. Thrown anywhere in a
 * resource or service; {@link ApiExceptionMapper} turns it into {@code {"error": message}}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final Object details;

    public ApiException(int status, String message) {
        this(status, message, null);
    }

    /** With details a client can show item by item (the bad rows of a file, the bad fields of a form). */
    public ApiException(int status, String message, Object details) {
        super(message);
        this.status = status;
        this.details = details;
    }

    public int status() {
        return status;
    }

    public Object details() {
        return details;
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, message);
    }
}
