package dev.ogi.server.core;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.apache.tomcat.jdbc.pool.PoolExhaustedException;
import org.jdbi.v3.core.ConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request that could not get a database connection (every pooled one busy past
 * {@code database.maxWaitForConnection}, or the database unreachable) answers 503 with a
 * Retry-After: nothing was done, and the client may simply send it again. Without this it would
 * be a 500, which says the request itself broke something.
 */
public class DatabaseUnavailableMapper implements ExceptionMapper<ConnectionException> {

    static final int RETRY_AFTER_SECONDS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableMapper.class);

    @Override
    public Response toResponse(ConnectionException exception) {
        boolean busy = poolExhausted(exception);
        LOG.warn("request answered 503, no database connection: {}", rootMessage(exception));
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Map.of("error", busy
                        ? "系统繁忙：数据库连接暂时全部占用，本次请求未办理，请" + RETRY_AFTER_SECONDS + "秒后重试"
                        : "数据库暂时无法连接，本次请求未办理，请稍后重试；如持续出现请联系系统管理员"))
                .build();
    }

    private static boolean poolExhausted(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof PoolExhaustedException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
