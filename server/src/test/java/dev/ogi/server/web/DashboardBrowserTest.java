package dev.ogi.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import dev.ogi.server.auth.User;
import dev.ogi.server.crawls.CrawlDao;
import dev.ogi.server.crawls.EvidenceRow;
import dev.ogi.server.crawls.SiteCheck;
import dev.ogi.server.db.Database;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in a real browser against the real application: each role signs in through the
 * form and sees its pages (and not the others'), the charts are drawn, a unit page shows its
 * evidence, and a crawled page title full of markup is shown as text.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DashboardBrowserTest {

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(ConfigOverride.config("asOf", "2007-11-20"));

    static final String XSS_TITLE = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">政府信息公开指南";
    static final String GUIDE_URL = "http://www.chengdu.gov.cn/xxgk/zhinan.html";

    @RegisterExtension
    static final Browser browser = Browser.of(APP);

    @BeforeAll
    static void data() {
        Response imported = TestApp.asOffice(APP, "/units/import").request().post(Entity.entity((
                "code,name,group,homepage,shortName\n"
                        + "510100,成都市人民政府,市州,http://www.chengdu.gov.cn/,成都\n"
                        + "510300,自贡市人民政府,市州,http://www.zg.gov.cn/,自贡\n"
                        + "510400,攀枝花市人民政府,市州,http://www.panzhihua.gov.cn/,攀枝花\n"
                        + "sfgw,四川省发展和改革委员会,省直部门,http://www.scdrc.gov.cn/,省发展改革委\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv"));
        assertThat(imported.getStatus()).isEqualTo(200);
        imported.close();
        TestApp.createUser(APP, "office1", User.OFFICE, null, TestApp.PASSWORD);
        TestApp.createUser(APP, "leader1", User.LEADER, null, TestApp.PASSWORD);
        TestApp.createUser(APP, "510300", User.UNIT, "510300", TestApp.PASSWORD);

        // two crawl rounds, as the crawler stores them: Chengdu publishes on time (with a hostile
        // title on its guide page), Zigong late and incomplete, Panzhihua never
        Jdbi jdbi = Database.configure(TestApp.rawJdbi(APP));
        jdbi.useExtension(CrawlDao.class, dao -> {
            round(dao, "2007-10-25", List.of(
                    check("510100", "2007-10-25", true, GUIDE_URL, "classification,arrangement,access,officeName,address,hours,phone,fax,email"),
                    check("510300", "2007-10-25", false, null, ""),
                    check("510400", "2007-10-25", false, null, ""),
                    check("sfgw", "2007-10-25", false, null, "")));
            round(dao, "2007-11-15", List.of(
                    check("510100", "2007-11-15", true, GUIDE_URL, "classification,arrangement,access,officeName,address,hours,phone,fax,email"),
                    check("510300", "2007-11-15", true, "http://www.zg.gov.cn/xxgk/guide.html", "classification,access,phone"),
                    check("510400", "2007-11-15", false, null, ""),
                    check("sfgw", "2007-11-15", true, "http://www.scdrc.gov.cn/zwgk/zn.html", "classification,arrangement,access,officeName,address,hours,phone,email")));
        });
    }

    private static void round(CrawlDao dao, String asOf, List<SiteCheck> checks) {
        long id = dao.insertRound(asOf + "T02:00:00Z", asOf, "schedule", checks.size());
        for (SiteCheck c : checks) {
            SiteCheck stored = new SiteCheck(0, id, c.unitCode(), c.asOf(), c.startedAt(), c.finishedAt(), c.homepage(),
                    c.reachable(), c.error(), c.robotsBlocked(), c.pagesFetched(), c.ogiColumn(), c.consecutiveFailures(),
                    c.carriedOver(), c.guideFound(), c.guideUrl(), c.guideUnderConstruction(), c.guideElements(),
                    c.catalogueFound(), c.catalogueUrl(), c.catalogueUnderConstruction(), c.catalogueEntries(),
                    c.catalogueFields());
            List<EvidenceRow> evidence = c.guideFound()
                    ? List.of(new EvidenceRow(0, 0, "guide", c.guideUrl(), 200, asOf + "T02:00:05Z", "sha256:abc",
                            c.unitCode().equals("510100") ? XSS_TITLE : "政府信息公开指南",
                            "为了更好地提供政府信息公开服务……受理机构：政府信息公开办公室", "标题和正文含“政府信息公开指南”，列出第十九条要素"))
                    : List.of();
            dao.insertCheckWithEvidence(stored, evidence);
        }
        dao.finish(id, "finished", asOf + "T02:10:00Z", checks.size(), checks.size() * 12, 0, null);
    }

    private static SiteCheck check(String unit, String asOf, boolean guide, String guideUrl, String elements) {
        return new SiteCheck(0, 0, unit, asOf, asOf + "T02:00:00Z", asOf + "T02:01:00Z", "http://example/", true, null,
                false, 12, true, 0, false, guide, guideUrl, false, elements, false, null, false, null, "");
    }

    @BeforeEach
    void signedOut() {
        browser.driver.get(browser.base() + "/login.html");
        browser.driver.manage().deleteAllCookies();
    }


    private static List<String> navLabels() {
        return browser.driver.findElements(By.cssSelector("nav#nav a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void officeLandsOnTheOverviewWithDrawnChartsAndSeesAdmin() {
        browser.signIn("office1");

        assertThat(browser.driver.getCurrentUrl()).endsWith("/index.html");
        assertThat(navLabels()).containsExactly("总览", "排名", "单位详情", "填报审核", "申诉办理", "通报", "审计日志", "管理");
        assertThat(browser.driver.findElement(By.id("as-of")).getText()).contains("2007年11月20日");
        assertThat(browser.driver.findElement(By.id("next-deadline")).getText()).contains("2007年12月31日");
        browser.until(d -> browser.canvasIsDrawn("#milestones-chart") && browser.canvasIsDrawn("#readiness-chart"));
        assertThat(browser.driver.findElement(By.id("top-bottom")).getText()).contains("成都");

        browser.open("/admin.html?section=users");
        browser.until(d -> d.findElements(By.cssSelector("#users-table tbody tr")).size() >= 3);
        assertThat(browser.driver.findElement(By.id("users-table")).getText()).contains("leader1").contains("510300");
    }

    @Test
    void leaderSeesRankingsWithSparklinesButNoAdmin() {
        browser.signIn("leader1");

        assertThat(navLabels()).doesNotContain("管理").contains("排名");
        browser.open("/rankings.html");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.ranking[data-group='市州'] tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).startsWith("1").contains("成都");
        assertThat(browser.canvasIsDrawn("table.ranking[data-group='市州'] tbody tr canvas.sparkline")).isTrue();
        assertThat(browser.driver.findElement(By.id("excel-export")).getAttribute("href")).contains("/api/rankings.xlsx?group=");

        By scoreHeader = By.cssSelector("table.ranking[data-group='市州'] th[data-key='total']");
        browser.driver.findElement(scoreHeader).click(); // highest first
        browser.driver.findElement(scoreHeader).click(); // lowest first
        assertThat(browser.driver.findElements(By.cssSelector("table.ranking[data-group='市州'] tbody tr")).get(0).getText())
                .contains("攀枝花");

        browser.open("/admin.html");
        assertThat(browser.driver.findElement(By.id("forbidden")).getText()).contains("无权");
    }

    @Test
    void unitLandsOnItsOwnPageWithItsEvidenceAndCannotOpenAnother() {
        browser.signIn("510300");
        // the overview sends a unit account on to its own page: wait for that second navigation
        browser.until(d -> d.getCurrentUrl().contains("/unit.html"));
        browser.awaitReady();

        assertThat(browser.driver.getCurrentUrl()).endsWith("/unit.html?code=510300");
        assertThat(navLabels()).containsExactly("总览", "排名", "本单位", "我的填报", "通报");
        assertThat(browser.driver.findElement(By.id("unit-name")).getText()).isEqualTo("自贡市人民政府");
        WebElement evidence = browser.driver.findElement(By.id("evidence-table"));
        assertThat(evidence.findElement(By.cssSelector("a.url")).getAttribute("href")).isEqualTo("http://www.zg.gov.cn/xxgk/guide.html");
        assertThat(evidence.getText()).contains("政府信息公开指南").contains("为了更好地提供政府信息公开服务");
        assertThat(browser.driver.findElement(By.cssSelector("#guide-elements li[data-element='address']")).getText())
                .contains("办公地址").contains("整改");
        assertThat(browser.driver.findElement(By.cssSelector("#indicators tr[data-indicator='guide_published']")).getText())
                .contains("逾期完成");
        browser.until(d -> browser.canvasIsDrawn("#history-chart"));
        // its own page offers the appeal (申诉) form, with its indicators to choose from
        assertThat(browser.driver.findElements(By.cssSelector("#appeal-form select[name='indicator'] option")))
                .extracting(o -> o.getAttribute("value")).contains("guide_published");

        browser.open("/unit.html?code=510100");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/unit.html?code=510300");
        assertThat(browser.driver.findElement(By.id("unit-name")).getText()).isEqualTo("自贡市人民政府");
    }

    @Test
    void crawledTitleWithMarkupIsShownAsText() {
        browser.signIn("office1");
        browser.open("/unit.html?code=510100");

        WebElement title = browser.driver.findElement(By.cssSelector("#evidence-table .evidence-title"));
        assertThat(title.getText()).isEqualTo(XSS_TITLE);
        assertThat(browser.driver.findElements(By.cssSelector("#evidence-table img"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#evidence-table script"))).isEmpty();
        assertThat(browser.js("return window.__xss === undefined")).isEqualTo(true);
        try {
            browser.driver.switchTo().alert();
            throw new AssertionError("an alert was opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    @Test
    void wrongPasswordShowsTheReasonAndStaysOnTheLoginPage() {
        browser.driver.get(browser.base() + "/login.html");
        browser.driver.findElement(By.id("username")).sendKeys("office1");
        browser.driver.findElement(By.id("password")).sendKeys("wrong-password");
        browser.driver.findElement(By.id("login-submit")).click();

        browser.until(d -> d.findElement(By.id("login-error")).isDisplayed());
        assertThat(browser.driver.findElement(By.id("login-error")).getText()).isEqualTo("用户名或密码错误");
        assertThat(browser.driver.getCurrentUrl()).contains("/login.html");
    }

    @Test
    void signedOutVisitorIsSentToTheLoginPageAndBackAfterSigningIn() {
        browser.driver.get(browser.base() + "/rankings.html");
        browser.until(d -> d.getCurrentUrl().contains("/login.html?next="));

        browser.driver.findElement(By.id("username")).sendKeys("leader1");
        browser.driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        browser.driver.findElement(By.id("login-submit")).click();

        browser.until(d -> d.getCurrentUrl().endsWith("/rankings.html"));
    }

    @Test
    void aNextParameterLeadingToAnotherSiteIsIgnoredAfterSigningIn() {
        // the browser drops the tab, which would turn "/\t/other-host/x" into "//other-host/x"
        browser.driver.get(browser.base() + "/login.html?next=/%09/other-host.example/x");
        browser.until(d -> d.findElement(By.id("username")).isDisplayed());
        browser.driver.findElement(By.id("username")).sendKeys("leader1");
        browser.driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        browser.driver.findElement(By.id("login-submit")).click();

        browser.until(d -> !d.getCurrentUrl().contains("/login.html"));
        assertThat(browser.driver.getCurrentUrl()).startsWith(browser.base() + "/");
    }
}
