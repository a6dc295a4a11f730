package dev.ogi.crawlers.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.crawlers.CrawlerSettings;
import dev.ogi.crawlers.sim.SimulatedWeb;
import dev.ogi.crawlers.sim.SiteScenario;
import dev.ogi.crawlers.sim.SiteScenario.Trap;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulated web's flaky server, probed through the simulation's proxy as the demo does. */
class FlakySiteProbeTest {

    @Test
    void aFlakyServerFailsOneProbeInNAndIsTooSlowForAnother() throws Exception {
        SiteScenario flaky = SiteScenario.builder("511300", "南充市人民政府", "www.nanchong.gov.cn")
                .trap(Trap.FLAKY).flakyEvery(4).slowDelay(Duration.ofMillis(1500)).build();
        SiteScenario steady = SiteScenario.builder("510100", "成都市人民政府", "www.chengdu.gov.cn").build();
        try (SimulatedWeb web = SimulatedWeb.start(LocalDate.of(2008, 3, 15)).site(flaky).site(steady)) {
            CrawlerSettings crawler = CrawlerSettings.defaults().withPolitenessDelay(Duration.ZERO)
                    .withProxy(new InetSocketAddress("127.0.0.1", web.port()));
            List<ProbeResult> results = new ArrayList<>();
            try (HomepageProber prober = new HomepageProber(ProbeSettings.from(crawler, Duration.ofMillis(700)),
                    Clock.systemUTC())) {
                for (int i = 0; i < 8; i++) {
                    results.addAll(prober.probeAll(List.of(new ProbeTarget(flaky.code(), flaky.homepage()),
                            new ProbeTarget(steady.code(), steady.homepage()))));
                }
            }
            List<ProbeResult.Outcome> flakyOutcomes = results.stream().filter(r -> r.code().equals("511300"))
                    .map(ProbeResult::outcome).toList();
            assertThat(flakyOutcomes).containsExactly(
                    ProbeResult.Outcome.UP, ProbeResult.Outcome.TIMEOUT, ProbeResult.Outcome.UP, ProbeResult.Outcome.SERVER_ERROR,
                    ProbeResult.Outcome.UP, ProbeResult.Outcome.TIMEOUT, ProbeResult.Outcome.UP, ProbeResult.Outcome.SERVER_ERROR);
            assertThat(results.stream().filter(r -> r.code().equals("510100"))).allMatch(r -> r.outcome() == ProbeResult.Outcome.UP);
            assertThat(results).allMatch(r -> r.requests() == 1);
        }
    }
}
