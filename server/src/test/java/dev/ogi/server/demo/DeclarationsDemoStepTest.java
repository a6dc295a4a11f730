package dev.ogi.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import dev.ogi.server.AppContext;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.db.Database;
import dev.ogi.server.demo.DemoLog;
import dev.ogi.server.demo.SeedUnitsStep;
import io.dropwizard.jackson.Jackson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo files through the service: on time and late, sent back and filed again, never filed, still waiting. */
class DeclarationsDemoStepTest {

    @TempDir
    Path folder;

    @Test
    void theDemoLeavesAVariedHistory() throws Exception {
        OgiConfiguration configuration = new OgiConfiguration();
        configuration.setDatabase(OgiConfiguration.sqliteDefaults(folder.resolve("ogi.db").toString()));
        configuration.setAsOf(LocalDate.of(2008, 3, 15));
        // pooled connections, as in the application (a connection per statement is far slower)
        Database.migrate(configuration.getDatabase());
        Jdbi jdbi = Database.configure(Jdbi.create(configuration.getDatabase().build(new MetricRegistry(), "demo-test")));
        AppContext context = AppContext.create(configuration, jdbi, Clock.systemUTC(), Jackson.newObjectMapper(),
                new MetricRegistry());
        DemoLog log = new DemoLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        new SeedUnitsStep().run(context, log);

        new DeclarationsDemoStep().run(context, log);

        long units = count(jdbi, "SELECT count(*) FROM units");
        long filingUnits = count(jdbi, "SELECT count(DISTINCT unit_code) FROM declarations");
        assertThat(filingUnits).isBetween(units / 2, units - 1);
        assertThat(count(jdbi, "SELECT count(*) FROM declaration_versions WHERE status = 'published'")).isGreaterThan(50);
        assertThat(count(jdbi, "SELECT count(*) FROM declaration_versions WHERE status = 'returned'")).isGreaterThan(5);
        assertThat(count(jdbi, "SELECT count(*) FROM declaration_versions WHERE status IN "
                + "('submitted', 'first_reviewed', 'second_reviewed')")).isGreaterThan(0);
        assertThat(count(jdbi, "SELECT count(*) FROM declaration_versions v JOIN declarations d ON d.id = v.declaration_id "
                + "WHERE d.type_id = 'organisation' AND v.status = 'published' AND v.submitted_at > '2007-09-30T16:00:00Z'"))
                .as("some organisations filed late").isGreaterThan(0);
        assertThat(count(jdbi, "SELECT count(*) FROM declaration_versions v JOIN declarations d ON d.id = v.declaration_id "
                + "WHERE d.type_id = 'organisation' AND v.status = 'published' AND v.submitted_at < '2007-09-30T16:00:00Z'"))
                .as("most on time").isGreaterThan(10);
        assertThat(count(jdbi, "SELECT count(*) FROM declaration_reviews WHERE at > '2008-03-15'")).isZero();
    }

    private static long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
