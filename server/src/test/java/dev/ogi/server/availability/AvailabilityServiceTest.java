package dev.ogi.server.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.ogi.crawlers.CrawlerSettings;
import dev.ogi.crawlers.probe.ProbeResult;
import dev.ogi.crawlers.probe.ProbeResult.Outcome;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.availability.AvailabilityViews.UnitAvailability;
import dev.ogi.server.availability.AvailabilityViews.Window;
import dev.ogi.server.db.Database;
import dev.ogi.server.units.Unit;
import dev.ogi.server.units.UnitDao;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor on a real SQLite file: real probes on loopback, the daily aggregate and the 7-day veto. */
class AvailabilityServiceTest {

    /** 2008-03-15 00:00 China time. */
    static final Instant START = Instant.parse("2008-03-14T16:00:00Z");
    static final LocalDate LAST_DAY = LocalDate.of(2008, 3, 15);

    @TempDir
    Path folder;

    Jdbi jdbi;
    HttpServer server;
    volatile boolean brokenAnswers500;
    final MovableClock clock = new MovableClock(START);

    /** A clock the test moves an hour at a time. */
    static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @BeforeEach
    void start() throws Exception {
        jdbi = Database.openStandalone(OgiConfiguration.sqliteDefaults(folder.resolve("ogi.db").toString()));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
        server.createContext("/", exchange -> {
            boolean broken = exchange.getRequestURI().getPath().startsWith("/broken") && brokenAnswers500;
            byte[] body = (broken ? "<html>Internal error</html>" : "<html><body>" + "首页".repeat(3000) + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(broken ? 500 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        jdbi.useExtension(UnitDao.class, units -> {
            units.insert(unit("510100", base + "/ok/"), START.toString());
            units.insert(unit("510300", base + "/broken/"), START.toString());
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    static Unit unit(String code, String homepage) {
        return new Unit(code, "单位" + code, null, "市州", null, homepage, null, null, null, null, true);
    }

    List<Unit> units() {
        return jdbi.withExtension(UnitDao.class, UnitDao::listActive);
    }

    AvailabilityService service(AvailabilityConfiguration configuration) {
        CrawlerSettings crawler = CrawlerSettings.defaults().withAllowPrivateAddresses(true)
                .withPolitenessDelay(Duration.ZERO);
        return new AvailabilityService(jdbi, clock, configuration, crawler);
    }

    int rows(String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void hourlyProbesOfTwoDaysAreTwoRowsPerUnitWithTheirCounts() {
        AvailabilityService service = service(new AvailabilityConfiguration());
        for (int hour = 0; hour < 48; hour++) {
            brokenAnswers500 = hour % 12 == 0;
            clock.now = START.minus(Duration.ofDays(1)).plus(Duration.ofHours(hour));
            AvailabilityViews.ProbeRun run = service.probeNow(units());
            assertThat(run.probed()).isEqualTo(2);
            assertThat(run.requests()).isEqualTo(2);
        }
        assertThat(rows("availability_days")).isEqualTo(4);
        assertThat(rows("availability_failures")).isEqualTo(4);

        UnitAvailability broken = service.unit("510300", LAST_DAY);
        assertThat(broken.days()).hasSize(7);
        assertThat(broken.days().get(6).date()).isEqualTo(LAST_DAY);
        assertThat(broken.days().get(6).probes()).isEqualTo(24);
        assertThat(broken.days().get(6).failures()).isEqualTo(2);
        assertThat(broken.days().get(5).probes()).isEqualTo(24);
        assertThat(broken.days().get(0).probes()).isZero();
        assertThat(broken.sevenDays().probes()).isEqualTo(48);
        assertThat(broken.sevenDays().failures()).isEqualTo(4);
        assertThat(broken.sevenDays().ratio()).isEqualTo(4 / 48.0);
        assertThat(broken.sevenDays().veto()).isTrue();
        assertThat(broken.recentFailures()).hasSize(4);
        assertThat(broken.recentFailures().get(0).status()).isEqualTo(500);
        assertThat(broken.recentFailures().get(0).outcome()).isEqualTo("SERVER_ERROR");
        assertThat(broken.recentFailures().get(0).at()).isEqualTo(START.plus(Duration.ofHours(12)));

        UnitAvailability ok = service.unit("510100", LAST_DAY);
        assertThat(ok.sevenDays().failures()).isZero();
        assertThat(ok.sevenDays().ratio()).isEqualTo(0.0);
        assertThat(ok.sevenDays().veto()).isFalse();
        assertThat(ok.days().get(6).averageLatencyMs()).isNotNull();
    }

    @Test
    void aDaysHoursProbedSideBySideAreStoredAsTwentyFourRunsOfThatDay() throws Exception {
        AvailabilityService service = service(new AvailabilityConfiguration());
        brokenAnswers500 = true;
        List<Instant> hours = java.util.stream.IntStream.range(0, 24).mapToObj(h -> START.plus(Duration.ofHours(h))).toList();
        dev.ogi.crawlers.probe.ProbeSettings settings = dev.ogi.crawlers.probe.ProbeSettings.from(
                CrawlerSettings.defaults().withAllowPrivateAddresses(true).withPolitenessDelay(Duration.ZERO), Duration.ofSeconds(5));
        List<dev.ogi.crawlers.probe.HomepageProber> lanes = List.of(new dev.ogi.crawlers.probe.HomepageProber(settings, clock),
                new dev.ogi.crawlers.probe.HomepageProber(settings, clock), new dev.ogi.crawlers.probe.HomepageProber(settings, clock));

        List<AvailabilityViews.ProbeRun> runs = service.probeHours(units(), hours, lanes);
        lanes.forEach(dev.ogi.crawlers.probe.HomepageProber::close);

        assertThat(runs).extracting(AvailabilityViews.ProbeRun::at).containsExactlyElementsOf(hours);
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.probed()).isEqualTo(2);
            assertThat(run.failures()).isEqualTo(1);
        });
        assertThat(rows("availability_days")).isEqualTo(2);
        UnitAvailability broken = service.unit("510300", LAST_DAY);
        assertThat(broken.days().get(6).probes()).isEqualTo(24);
        assertThat(broken.days().get(6).failures()).isEqualTo(24);
        assertThat(broken.recentFailures()).hasSize(20);
        assertThat(broken.recentFailures().get(0).at()).isEqualTo(START.plus(Duration.ofHours(23)));
        assertThat(service.unit("510100", LAST_DAY).days().get(6).probes()).isEqualTo(24);
    }

    @Test
    void aProbeAt23hChinaTimeCountsForThatChinaDay() {
        AvailabilityService service = service(new AvailabilityConfiguration());
        // 2008-03-15 23:30 China time is 15:30 UTC the same day; 00:30 on the 16th is 16:30 UTC
        service.record(Instant.parse("2008-03-15T15:30:00Z"), List.of(up("510100")));
        service.record(Instant.parse("2008-03-15T16:30:00Z"), List.of(up("510100")));
        assertThat(service.unit("510100", LAST_DAY).days().get(6).probes()).isEqualTo(1);
        assertThat(service.unit("510100", LAST_DAY.plusDays(1)).days().get(6).probes()).isEqualTo(1);
    }

    @Test
    void fivePercentOfFailuresOverTheRollingSevenDaysIsTheVetoAndOlderDaysDoNotCount() {
        AvailabilityService service = service(new AvailabilityConfiguration());
        // a bad day just outside the window
        for (int hour = 0; hour < 24; hour++) {
            service.record(START.minus(Duration.ofDays(7)).plus(Duration.ofHours(hour)), List.of(down("510100")));
        }
        // 168 hourly probes in the window, 8 failed: 4.76 %
        for (int hour = 0; hour < 168; hour++) {
            Instant at = START.minus(Duration.ofDays(6)).plus(Duration.ofHours(hour));
            service.record(at, List.of(hour % 21 == 0 ? down("510100") : up("510100")));
        }
        Window below = service.unit("510100", LAST_DAY).sevenDays();
        assertThat(below.probes()).isEqualTo(168);
        assertThat(below.failures()).isEqualTo(8);
        assertThat(below.veto()).isFalse();
        assertThat(service.veto("510100", LAST_DAY)).isFalse();
        // one more failure: 9 of 169, 5.3 %
        service.record(START.plus(Duration.ofHours(23)), List.of(down("510100")));
        Window above = service.unit("510100", LAST_DAY).sevenDays();
        assertThat(above.failures()).isEqualTo(9);
        assertThat(above.ratio()).isGreaterThanOrEqualTo(0.05);
        assertThat(above.veto()).isTrue();
        assertThat(service.veto("510100", LAST_DAY)).isTrue();
        // a day earlier the window held the bad day
        assertThat(service.unit("510100", LAST_DAY.minusDays(1)).sevenDays().failures()).isGreaterThanOrEqualTo(24);
        assertThat(service.all(units(), LAST_DAY).vetoes()).isEqualTo(1);
    }

    @Test
    void tooFewProbesGiveNoVetoAndSkippedProbesAreNotCounted() {
        AvailabilityService service = service(new AvailabilityConfiguration());
        service.record(START, List.of(down("510100"), new ProbeResult("510300", START, Outcome.SKIPPED, 0, 0, 0,
                Optional.of("未轮到该主机"))));
        Window one = service.unit("510100", LAST_DAY).sevenDays();
        assertThat(one.ratio()).isEqualTo(1.0);
        assertThat(one.veto()).isFalse();
        assertThat(service.unit("510300", LAST_DAY).sevenDays().probes()).isZero();
        assertThat(service.unit("510300", LAST_DAY).sevenDays().ratio()).isNull();
    }

    @Test
    void onlyTheLatestFailuresAreKeptOneByOne() {
        AvailabilityConfiguration configuration = new AvailabilityConfiguration();
        configuration.setFailuresKept(5);
        AvailabilityService service = service(configuration);
        for (int hour = 0; hour < 12; hour++) {
            service.record(START.plus(Duration.ofHours(hour)), List.of(down("510100"), down("510300")));
        }
        assertThat(rows("availability_failures")).isEqualTo(10);
        assertThat(service.unit("510100", LAST_DAY).recentFailures()).hasSize(5)
                .first().satisfies(f -> assertThat(f.at()).isEqualTo(START.plus(Duration.ofHours(11))));
        assertThat(service.unit("510100", LAST_DAY).sevenDays().failures()).isEqualTo(12);
    }

    @Test
    void aScheduleOfFewerThanTwentyProbesADayIsRefused() {
        assertThat(AvailabilityConfiguration.firesOnADay("0 0 * * * ?")).isEqualTo(24);
        assertThat(AvailabilityConfiguration.firesOnADay("0 */30 * * * ?")).isEqualTo(48);
        AvailabilityConfiguration everyTwoHours = new AvailabilityConfiguration();
        everyTwoHours.setSchedule("0 0 */2 * * ?");
        assertThatThrownBy(everyTwoHours::validated).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12 times a day").hasMessageContaining("at least 20");
        AvailabilityConfiguration nonsense = new AvailabilityConfiguration();
        nonsense.setSchedule("every hour");
        assertThatThrownBy(nonsense::validated).hasMessageContaining("not a valid Quartz cron expression");
    }

    static ProbeResult up(String code) {
        return new ProbeResult(code, START, Outcome.UP, 200, 120, 1, Optional.empty());
    }

    static ProbeResult down(String code) {
        return new ProbeResult(code, START, Outcome.TIMEOUT, 0, 15000, 1, Optional.of("首页在15秒内未打开"));
    }
}
