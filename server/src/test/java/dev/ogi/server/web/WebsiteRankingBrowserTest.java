package dev.ogi.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import dev.ogi.server.auth.User;
import dev.ogi.server.scores.ScoreFixtures;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The rankings page by the website campaign in a real browser: a unit with a veto item is marked 单项否决. */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebsiteRankingBrowserTest {

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(ConfigOverride.config("asOf", "2008-06-20"));

    @RegisterExtension
    static final Browser browser = Browser.of(APP);

    @BeforeAll
    static void facts() {
        ScoreFixtures db = new ScoreFixtures(APP);
        db.chengduAndZigong();
        db.round(1, "2008-06-18");
        db.website(db.nothing(1, "2008-06-18", "510100", true), "2008-06-16", 40, null, true, "2008-03-20");
        db.website(db.nothing(1, "2008-06-18", "510300", true), "2008-05-10", 40, null, true, "2008-03-25");
        for (int day = 14; day <= 20; day++) {
            db.availabilityDay("510100", "2008-06-" + day, 24, 0);
            db.availabilityDay("510300", "2008-06-" + day, 24, 0);
        }
        TestApp.createUser(APP, "office1", User.OFFICE, null, TestApp.PASSWORD);
    }

    @Test
    void aStaleHomepageIsMarked单项否决InTheWebsiteRankingOnly() {
        browser.signIn("office1");

        browser.open("/rankings.html?campaign=website-2008");
        var stale = browser.driver.findElement(By.cssSelector("tr[data-code='510300']"));
        var badge = stale.findElement(By.cssSelector(".badge.veto"));
        assertThat(badge.getText()).isEqualTo("单项否决");
        assertThat(badge.getAttribute("title")).isEqualTo("首页及时更新（单项否决：首页不更新）");
        assertThat(browser.driver.findElement(By.cssSelector("tr[data-code='510100']"))
                .findElements(By.cssSelector(".badge.veto"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("excel-export")).getAttribute("href")).contains("campaign=website-2008");
        assertThat(browser.driver.findElement(By.cssSelector("#campaign-choice option:checked")).getText())
                .isEqualTo("政府网站第一平台建设");

        browser.open("/rankings.html");
        assertThat(browser.driver.findElements(By.cssSelector(".badge.veto"))).isEmpty();
    }

    @Test
    void aPageOpenedWithAsOfReadsAsOfThatDay() {
        browser.signIn("office1");

        browser.open("/rankings.html?campaign=website-2008&asOf=2008-06-19");
        browser.until(d -> d.findElement(By.cssSelector("tr[data-code='510300']")).isDisplayed());
        assertThat(browser.driver.findElement(By.id("main")).getText()).contains("评估日期：2008年6月19日");
        assertThat(browser.driver.findElement(By.cssSelector("#campaign-choice option:checked")).getText())
                .isEqualTo("政府网站第一平台建设");
    }

    @Test
    void theUnitPageShowsEachWebsiteFactWithItsEvidenceTheVetoAndWhatToFix() {
        browser.signIn("office1");

        browser.open("/unit.html?code=510300");
        browser.until(d -> d.findElement(By.id("website-total")).isDisplayed());
        var fresh = browser.driver.findElement(By.cssSelector("#website li[data-indicator='homepage_fresh']"));
        assertThat(fresh.findElement(By.cssSelector(".badge.veto")).getText()).isEqualTo("单项否决");
        assertThat(fresh.getText()).contains("2008-05-10").contains("整改：");
        assertThat(fresh.findElement(By.cssSelector("a.url")).getAttribute("href")).startsWith("http://example.gov.cn/news/");
        assertThat(browser.driver.findElement(By.id("website-total")).getText()).contains("单项否决 1 项");

        browser.open("/unit.html?code=510100");
        browser.until(d -> d.findElement(By.id("website-total")).isDisplayed());
        assertThat(browser.driver.findElements(By.cssSelector("#website .badge.veto"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("website-total")).getText()).startsWith("得分 100");
    }
}
