package dev.ogi.server.core;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;

/** Sends an {@link ApiException} as JSON with its status and message, never a stack trace. */
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Override
    public Response toResponse(ApiException exception) {
        return Response.status(exception.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(exception.details() == null
                        ? Map.of("error", exception.getMessage())
                        : Map.of("error", exception.getMessage(), "details", exception.details()))
                .build();
    }
}
