package dev.ogi.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import dev.ogi.server.auth.User;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The declaration pages in a real browser: a unit fills its 组织机构 form (a wrong phone is shown
 * beside the phone field), submits, and the office passes it through 初审, 复审 and 复核 from the
 * review queue; what the unit typed is shown as text, never as markup.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DeclarationPagesBrowserTest {

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(
            ConfigOverride.config("asOf", "2007-09-25"),
            ConfigOverride.config("declarations.attachmentsDirectory", tempFolder()));

    @RegisterExtension
    static final Browser browser = Browser.of(APP);

    private static String tempFolder() {
        try {
            return Files.createTempDirectory("ogi-browser-attachments").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void data() {
        Response imported = TestApp.asOffice(APP, "/units/import").request().post(Entity.entity(
                "code,name,group,homepage\n510300,自贡市人民政府,市州,http://www.zg.gov.cn/\n".getBytes(StandardCharsets.UTF_8),
                "text/csv"));
        assertThat(imported.getStatus()).isEqualTo(200);
        imported.close();
        TestApp.createUser(APP, "office1", User.OFFICE, null, TestApp.PASSWORD);
        TestApp.createUser(APP, "510300", User.UNIT, "510300", TestApp.PASSWORD);
    }

    private static WebElement field(String id) {
        return browser.driver.findElement(By.id("f-organisation-" + id));
    }

    private static String fieldError(String id) {
        return browser.driver.findElement(By.cssSelector(".field[data-field='" + id + "'] .field-error")).getText();
    }

    @Test
    void aUnitFilesAndTheOfficeReviewsThroughThePages() {
        browser.signIn("510300");
        browser.open("/declarations.html?code=510300&type=organisation");
        field("officeName").sendKeys("<img src=x onerror=\"window.__xss=1\">自贡市政务公开办");
        field("orgCode").sendKeys("00001434-9");
        field("address").sendKeys("自贡市自流井区交通路");
        field("hours").sendKeys("工作日9:00-17:00");
        field("phone").sendKeys("2201234");
        field("email").sendKeys("xxgk@zg.gov.cn");
        field("leader").sendKeys("王副秘书长");
        field("staff").sendKeys("李科长");
        browser.driver.findElement(By.xpath("//button[text()='提交审核']")).click();

        browser.until(d -> !fieldError("phone").isEmpty());
        assertThat(fieldError("phone")).contains("固定电话须带区号");
        assertThat(fieldError("email")).isEmpty();

        field("phone").clear();
        field("phone").sendKeys("0813-2201234");
        browser.driver.findElement(By.xpath("//button[text()='提交审核']")).click();
        browser.until(d -> d.findElements(By.cssSelector(".version[data-version='1']")).size() == 1);
        assertThat(browser.driver.findElement(By.id("declaration-panel")).getText()).contains("已填报，待初审")
                .contains("<img src=x onerror=\"window.__xss=1\">自贡市政务公开办");

        browser.signIn("office1");
        for (String step : new String[] {"初审", "复审", "复核"}) {
            browser.open("/reviews.html");
            browser.driver.findElement(By.cssSelector("#review-queue tbody tr button")).click();
            browser.until(d -> !d.findElements(By.xpath("//button[text()='" + step + "通过']")).isEmpty());
            browser.driver.findElement(By.cssSelector(".review-actions textarea")).sendKeys(step + "意见：同意");
            browser.driver.findElement(By.xpath("//button[text()='" + step + "通过']")).click();
            browser.until(d -> d.findElements(By.cssSelector(".notice")).size() > 0);
        }
        assertThat(browser.driver.findElement(By.cssSelector("#review-counts [data-status='published'] .value")).getText())
                .isEqualTo("1");

        browser.open("/declarations.html?code=510300&type=organisation");
        String panel = browser.driver.findElement(By.id("declaration-panel")).getText();
        assertThat(panel).contains("已公示（审核通过）").contains("复核：通过（office1） — 复核意见：同意");
        browser.until(d -> d.findElement(By.id("contact-check")).getText().contains("联系方式比对"));
        assertThat(browser.driver.findElement(By.id("contact-check")).getText()).contains("爬虫尚未在该单位网站找到公开指南");
        assertThat(browser.js("return window.__xss || null")).isNull();
        assertThat(browser.js("return window.__errors")).asList().isEmpty();
    }
}
