package dev.ogi.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import dev.ogi.server.auth.User;
import dev.ogi.server.scores.ScoreFixtures;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The appeal workflow in a real browser: a unit files on its own page, the office revises in its
 * queue, and then the unit's score and the audit log have changed while the standing frozen by the
 * bulletin before has not.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AccountabilityBrowserTest {

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(ConfigOverride.config("asOf", "2007-11-20"));

    private static final String APPEAL_REASON = "指南发布在<b>省平台</b>本单位栏目";
    private static final String DECISION_REASON = "经核实，指南确在省平台本单位栏目，予以改判";
    @RegisterExtension
    static final Browser browser = Browser.of(APP);

    @BeforeAll
    static void data() {
        ScoreFixtures db = new ScoreFixtures(APP);
        db.chengduAndZigong();
        db.round(1, "2007-10-25");
        db.check(1, "2007-10-25", "510100", true, true, "classification,arrangement,access", false, "", null, true);
        db.check(1, "2007-10-25", "510300", true, false, "", false, "", null, true);
        TestApp.createUser(APP, "office1", User.OFFICE, null, TestApp.PASSWORD);
        TestApp.createUser(APP, "510300", User.UNIT, "510300", TestApp.PASSWORD);
        // a bulletin freezes the standing it was made from
        assertThat(TestApp.asOffice(APP, "/bulletins").request().post(Entity.text("")).getStatus()).isEqualTo(201);
    }

    @Test
    void aUnitFilesTheOfficeRevisesAndTheScoreAndAuditLogChangeButTheFrozenStandingDoesNot() throws Exception {
        double frozenBefore = TestApp.asOffice(APP, "/official-scores?milestone=M5").request().get(JsonNode.class)
                .at("/comparison").findParents("code").stream().filter(u -> u.get("code").asText().equals("510300"))
                .findFirst().orElseThrow().at("/official/total").asDouble();

        browser.signIn("510300");
        browser.open("/unit.html?code=510300");
        String scoreBefore = browser.driver.findElement(By.id("unit-score")).getText();
        new Select(browser.driver.findElement(By.cssSelector("#appeal-form select[name='indicator']")))
                .selectByValue("guide_published");
        browser.driver.findElement(By.cssSelector("#appeal-form textarea[name='reason']")).sendKeys(APPEAL_REASON);
        java.nio.file.Path evidence = java.nio.file.Files.createTempFile("evidence", ".pdf");
        java.nio.file.Files.writeString(evidence, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        browser.driver.findElement(By.cssSelector("#appeal-form input[name='evidenceFile']")).sendKeys(evidence.toString());
        browser.driver.findElement(By.cssSelector("#appeal-form button[type='submit']")).click();
        browser.until(d -> d.findElement(By.id("appeals")).getText().contains("申诉已提交"));

        browser.signIn("office1");
        browser.open("/appeals.html");
        assertThat(browser.driver.findElement(By.cssSelector("#appeal-counts [data-status='pending'] .value")).getText())
                .isEqualTo("1");
        WebElement row = browser.driver.findElement(By.cssSelector("#appeal-queue tbody tr"));
        // the unit's text is shown as text, never as markup
        assertThat(row.getText()).contains(APPEAL_REASON);
        assertThat(row.findElement(By.cssSelector("a.evidence-file")).getText()).startsWith("附件：evidence");
        row.findElement(By.tagName("textarea")).sendKeys(DECISION_REASON);
        new Select(row.findElement(By.cssSelector("select"))).selectByValue("met_on_time");
        row.findElement(By.cssSelector("button[data-decision='revise']")).click();
        browser.until(d -> d.findElements(By.cssSelector("#appeal-queue")).isEmpty()
                && d.findElement(By.id("appeals-done")).getText().contains(DECISION_REASON));

        browser.open("/unit.html?code=510300");
        assertThat(browser.driver.findElement(By.id("unit-score")).getText()).isNotEqualTo(scoreBefore);
        assertThat(browser.driver.findElement(By.id("appeals")).getText()).contains("已改判").contains(DECISION_REASON);

        browser.open("/audit.html?action=appeal");
        browser.until(d -> d.findElements(By.cssSelector("#audit-table tbody tr")).size() == 3);
        assertThat(browser.driver.findElement(By.id("audit-table")).getText()).contains("appeal.decide").contains("appeal.evidence").contains("office1")
                .contains(DECISION_REASON);
        assertThat(browser.driver.findElement(By.id("audit-export")).getAttribute("href")).contains("/api/audit/export.csv?action=appeal");

        browser.open("/official.html?milestone=M5");
        WebElement frozen = browser.driver.findElement(By.cssSelector(".official-table tr[data-unit='510300']"));
        assertThat(frozen.getAttribute("class")).contains("changed");
        String frozenScore = frozen.findElement(By.cssSelector("td:nth-child(3)")).getText();
        String currentScore = frozen.findElement(By.cssSelector("td:nth-child(6)")).getText();
        assertThat(Double.parseDouble(frozenScore.split(" / ")[0])).isEqualTo(frozenBefore);
        assertThat(Double.parseDouble(currentScore.split(" / ")[0])).isGreaterThan(frozenBefore);
        assertThat(frozen.getText()).contains(DECISION_REASON);
        assertThat(browser.driver.findElement(By.id("official-frozen")).getText()).contains("通报定档");
    }
}
