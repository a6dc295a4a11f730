package dev.ogi.server.auth;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A role refused by {@code @RolesAllowed}: a JSON 403 that says so in words, not "HTTP 403 Forbidden". */
public final class ForbiddenExceptionMapper implements ExceptionMapper<ForbiddenException> {

    @Override
    public Response toResponse(ForbiddenException exception) {
        String message = exception.getMessage();
        if (message == null || message.isBlank() || message.startsWith("HTTP 403")
                || message.equals("User not authorized.")) {
            message = "当前账号的角色无权执行此操作";
        }
        return CredentialsFilter.error(Response.Status.FORBIDDEN, message);
    }
}
