package dev.ogi.server.scheduling;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Quartz's connections taken from the application's own pool (the Dropwizard-managed data source,
 * health-checked and measured), never a pool of Quartz's. Quartz turns auto-commit off on every
 * connection it takes; each goes back to the pool with auto-commit on again, so JDBI's plain
 * statements on the same pool are never left inside an open transaction. The pool is the
 * application's to close.
 */
final class PooledConnections implements ConnectionProvider {

    private final DataSource dataSource;

    PooledConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = dataSource.getConnection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && !connection.isClosed() && !connection.getAutoCommit()) {
                        try {
                            connection.rollback();
                            connection.setAutoCommit(true);
                        } catch (SQLException e) {
                            // a broken connection: the pool's validation discards it
                        }
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public void shutdown() {
        // the application closes its pool itself
    }

    @Override
    public void initialize() {
        // the pool is made and started by Dropwizard
    }
}
