package dev.ogi.server.core;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;

/** The one place a {@link DomainException} becomes an HTTP status: JSON with its message, never a stack trace. */
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        return Response.status(status(exception.kind()))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(exception.details() == null
                        ? Map.of("error", exception.getMessage())
                        : Map.of("error", exception.getMessage(), "details", exception.details()))
                .build();
    }

    public static int status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_SIGNED_IN -> 401;
            case NOT_ALLOWED -> 403;
            case TOO_MANY_ATTEMPTS -> 429;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
        };
    }
}
