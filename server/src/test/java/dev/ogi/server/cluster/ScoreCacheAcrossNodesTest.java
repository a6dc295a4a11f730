package dev.ogi.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.score.UnitScore;
import dev.ogi.server.AppContext;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.audit.AuditActor;
import dev.ogi.server.db.Database;
import dev.ogi.server.db.PostgresRequired;
import dev.ogi.server.db.PostgresTestDatabase;
import dev.ogi.server.scores.OverrideService;
import io.dropwizard.jackson.Jackson;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two nodes' services on one PostgreSQL: node A's cached score snapshot is not stale after node B
 * writes what scores read (an override, an approval): A's fingerprint of the scored tables notices.
 */
@PostgresRequired
@EnabledIfSystemProperty(named = "ogi.test.database", matches = "postgresql",
        disabledReason = "runs in the PostgreSQL surefire execution")
class ScoreCacheAcrossNodesTest {


    private static AppContext node(OgiConfiguration configuration, Jdbi jdbi) {
        return AppContext.create(configuration, jdbi, Clock.systemUTC(), Jackson.newObjectMapper(), new MetricRegistry());
    }

    private static double total(AppContext node, Campaign campaign, String unit) {
        // today: an override counts from its day on
        return node.scores().scores(campaign, node.asOf().today()).stream().filter(s -> s.unit().code().equals(unit))
                .mapToDouble(UnitScore::total).findFirst().orElseThrow();
    }

    @Test
    void aSnapshotBuiltOnOneNodeIsFreshAfterAWriteOnTheOther() throws Exception {
        OgiConfiguration configuration = new OgiConfiguration();
        configuration.getDatabase().setDriverClass("org.postgresql.Driver");
        configuration.getDatabase().setUrl(PostgresTestDatabase.newSchema());
        configuration.getDatabase().setUser(PostgresTestDatabase.user());
        configuration.getDatabase().setPassword(PostgresTestDatabase.password());
        configuration.setSchedulerEnabled(false);
        Jdbi jdbi = Database.openStandalone(configuration.getDatabase());
        jdbi.useHandle(h -> h.execute("INSERT INTO units (code, name, short_name, unit_group, active, created_at, updated_at) "
                + "VALUES ('510100', '成都市人民政府', '成都市', '市州', 1, '2007-09-19T00:00:00Z', '2007-09-19T00:00:00Z')"));
        AppContext a = node(configuration, jdbi);
        AppContext b = node(configuration, jdbi);
        Campaign campaign = a.campaigns().defaultCampaign();

        double before = total(a, campaign, "510100");
        assertThat(total(a, campaign, "510100")).isEqualTo(before);   // A's snapshot, served from its cache
        b.overrides().record(new AuditActor("office", "office"), new OverrideService.OverrideRequest("510100",
                "organisation", "met_on_time", null, "工作机构已于 9 月 28 日书面报送", null, null));

        // A notices B's write through the fingerprint (read at most a second apart, off the request path)
        double after = before;
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (after == before && System.nanoTime() < deadline) {
            Thread.sleep(200);
            after = total(a, campaign, "510100");
        }
        assertThat(after).isEqualTo(before + 10);
        assertThat(total(b, campaign, "510100")).isEqualTo(after);
    }
}
