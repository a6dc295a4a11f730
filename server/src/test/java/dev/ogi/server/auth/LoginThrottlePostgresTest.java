package dev.ogi.server.auth;

import dev.ogi.server.db.Database;
import dev.ogi.server.db.PostgresRequired;
import dev.ogi.server.db.PostgresTestDatabase;
import io.dropwizard.db.DataSourceFactory;
import org.jdbi.v3.core.Jdbi;

/** The login throttle's tests on a real PostgreSQL, each on a fresh schema. */
@PostgresRequired
class LoginThrottlePostgresTest extends LoginThrottleTest {

    @Override
    Jdbi database() {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("org.postgresql.Driver");
        factory.setUrl(PostgresTestDatabase.newSchema());
        factory.setUser(PostgresTestDatabase.user());
        factory.setPassword(PostgresTestDatabase.password());
        // pooled, as in the server: statements from many threads then truly overlap
        factory.setMaxSize(16);
        Database.migrate(factory);
        return Database.configure(Jdbi.create(factory.build(new com.codahale.metrics.MetricRegistry(), "throttle-test")));
    }
}
