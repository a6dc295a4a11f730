package dev.ogi.server.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.crawlers.CrawlerSettings;
import dev.ogi.crawlers.probe.ProbeResult;
import dev.ogi.crawlers.probe.ProbeResult.Outcome;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import dev.ogi.server.db.Database;
import dev.ogi.server.scores.ScoreFixtures;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The availability API through the real server: its shape and who may read it. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AvailabilityApiTest {

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(ConfigOverride.config("asOf", "2008-03-15"));

    /** 2008-03-09 00:00 China time: the first day of the window ending 2008-03-15. */
    static final Instant WINDOW_START = Instant.parse("2008-03-08T16:00:00Z");

    @BeforeAll
    static void probes() {
        new ScoreFixtures(APP).chengduAndZigong();
        Jdbi jdbi = Database.configure(TestApp.rawJdbi(APP));
        AvailabilityService writer = new AvailabilityService(jdbi, Clock.systemUTC(), new AvailabilityConfiguration(),
                CrawlerSettings.defaults());
        // seven days of hourly probes: 成都 always answers, 自贡 fails one hour in ten
        for (int hour = 0; hour < 7 * 24; hour++) {
            Instant at = WINDOW_START.plus(Duration.ofHours(hour));
            ProbeResult chengdu = new ProbeResult("510100", at, Outcome.UP, 200, 300, 1, Optional.empty());
            ProbeResult zigong = hour % 10 == 0
                    ? new ProbeResult("510300", at, Outcome.SERVER_ERROR, 503, 40, 1, Optional.of("服务器错误（HTTP 503）"))
                    : new ProbeResult("510300", at, Outcome.UP, 200, 900, 1, Optional.empty());
            writer.record(at, List.of(chengdu, zigong));
        }
    }

    @Test
    void aUnitsFigureHasItsDaysAndItsSevenDayWindowWithTheVeto() {
        JsonNode zigong = TestApp.asOffice(APP, "/units/510300/availability").request().get(JsonNode.class);
        assertThat(zigong.get("asOf").asText()).isEqualTo("2008-03-15");
        assertThat(zigong.get("days")).hasSize(7);
        assertThat(zigong.get("days").get(0).get("date").asText()).isEqualTo("2008-03-09");
        assertThat(zigong.get("days").get(0).get("probes").asInt()).isEqualTo(24);
        assertThat(zigong.get("days").get(0).get("failures").asInt()).isEqualTo(3);
        JsonNode window = zigong.get("sevenDays");
        assertThat(window.get("probes").asInt()).isEqualTo(168);
        assertThat(window.get("failures").asInt()).isEqualTo(17);
        assertThat(window.get("ratio").asDouble()).isEqualTo(17 / 168.0);
        assertThat(window.get("veto").asBoolean()).isTrue();
        assertThat(zigong.get("recentFailures").get(0).get("status").asInt()).isEqualTo(503);

        JsonNode chengdu = TestApp.asUnit(APP, "510100", "/units/510100/availability").request().get(JsonNode.class);
        assertThat(chengdu.get("sevenDays").get("failures").asInt()).isZero();
        assertThat(chengdu.get("sevenDays").get("veto").asBoolean()).isFalse();

        JsonNode earlier = TestApp.asLeader(APP, "/units/510300/availability?asOf=2008-03-10").request().get(JsonNode.class);
        assertThat(earlier.get("sevenDays").get("probes").asInt()).isEqualTo(48);
    }

    @Test
    void theOfficeLeadersAndTheUnitItselfReadAUnitsFigureAndNoOtherUnit() {
        assertThat(TestApp.asOffice(APP, "/units/510300/availability").request().get().getStatus()).isEqualTo(200);
        assertThat(TestApp.asLeader(APP, "/units/510300/availability").request().get().getStatus()).isEqualTo(200);
        assertThat(TestApp.asUnit(APP, "510300", "/units/510300/availability").request().get().getStatus()).isEqualTo(200);
        assertThat(TestApp.asUnit(APP, "510100", "/units/510300/availability").request().get().getStatus()).isEqualTo(403);
        assertThat(TestApp.anonymous(APP, "/units/510300/availability").request().get().getStatus()).isEqualTo(401);
        assertThat(TestApp.asOffice(APP, "/units/999999/availability").request().get().getStatus()).isEqualTo(404);
        assertThat(TestApp.asOffice(APP, "/units/510300/availability?asOf=soon").request().get().getStatus()).isEqualTo(400);
    }

    @Test
    void everyUnitsWindowIsForTheOfficeAndLeadersOnly() {
        JsonNode all = TestApp.asLeader(APP, "/availability").request().get(JsonNode.class);
        assertThat(all.get("asOf").asText()).isEqualTo("2008-03-15");
        assertThat(all.get("vetoes").asInt()).isEqualTo(1);
        assertThat(all.get("units").findValuesAsText("code")).containsExactly("510100", "510300");
        assertThat(all.get("units").get(1).get("sevenDays").get("veto").asBoolean()).isTrue();
        assertThat(TestApp.asOffice(APP, "/availability").request().get().getStatus()).isEqualTo(200);
        assertThat(TestApp.asUnit(APP, "510100", "/availability").request().get().getStatus()).isEqualTo(403);
        assertThat(TestApp.anonymous(APP, "/availability").request().get().getStatus()).isEqualTo(401);
    }
}
