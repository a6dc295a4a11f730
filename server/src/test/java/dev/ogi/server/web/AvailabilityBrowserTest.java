package dev.ogi.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.crawlers.CrawlerSettings;
import dev.ogi.crawlers.probe.ProbeResult;
import dev.ogi.crawlers.probe.ProbeResult.Outcome;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import dev.ogi.server.auth.User;
import dev.ogi.server.availability.AvailabilityConfiguration;
import dev.ogi.server.availability.AvailabilityService;
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
import org.openqa.selenium.By;

/** The unit page's 站点可用性 section in a real browser: the 7-day ratio, and the veto where it applies. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AvailabilityBrowserTest {

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(ConfigOverride.config("asOf", "2008-03-15"));

    @RegisterExtension
    static final Browser browser = Browser.of(APP);

    @BeforeAll
    static void data() {
        new ScoreFixtures(APP).chengduAndZigong();
        TestApp.createUser(APP, "office1", User.OFFICE, null, TestApp.PASSWORD);
        Jdbi jdbi = Database.configure(TestApp.rawJdbi(APP));
        AvailabilityService writer = new AvailabilityService(jdbi, Clock.systemUTC(), new AvailabilityConfiguration(),
                CrawlerSettings.defaults());
        Instant windowStart = Instant.parse("2008-03-08T16:00:00Z");
        for (int hour = 0; hour < 7 * 24; hour++) {
            Instant at = windowStart.plus(Duration.ofHours(hour));
            writer.record(at, List.of(new ProbeResult("510100", at, Outcome.UP, 200, 200, 1, Optional.empty()),
                    hour % 8 == 0
                            ? new ProbeResult("510300", at, Outcome.TIMEOUT, 0, 15000, 1,
                                    Optional.of("首页在15秒内未打开 <b>http://www.zg.gov.cn/</b>"))
                            : new ProbeResult("510300", at, Outcome.UP, 200, 200, 1, Optional.empty())));
        }
    }

    private static void openUnit(String code) {
        browser.open("/unit.html?code=" + code);
        browser.until(d -> d.findElement(By.id("availability-ratio")).isDisplayed());
    }

    @Test
    void aFlakySiteShowsItsRatioAndTheVetoAndASteadyOneNoVeto() {
        browser.signIn("office1");

        openUnit("510300");
        String ratio = browser.driver.findElement(By.id("availability-ratio")).getText();
        assertThat(ratio).contains("近7日首页可用率 87.5%").contains("探测 168 次").contains("失败 21 次");
        assertThat(browser.driver.findElement(By.id("availability-veto")).getText()).contains("单项否决：站点无法访问");
        String section = browser.driver.findElement(By.id("availability")).getText();
        // the failure's reason is shown as text, markup and all
        assertThat(section).contains("超时未打开").contains("<b>http://www.zg.gov.cn/</b>");

        openUnit("510100");
        assertThat(browser.driver.findElement(By.id("availability-ratio")).getText()).contains("近7日首页可用率 100.0%");
        assertThat(browser.driver.findElements(By.id("availability-veto"))).isEmpty();
    }
}
