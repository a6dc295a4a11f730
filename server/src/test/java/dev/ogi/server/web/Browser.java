package dev.ogi.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.ogi.server.TestApp;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium, for the tests of one class against its
 * application: {@code @RegisterExtension static final Browser browser = Browser.of(APP);} starts it
 * before the class and closes it after. Each test is reported skipped, with the reason, when
 * Chromium is not installed on a developer's machine (an assumption in {@code @BeforeAll} would
 * only show "Tests run: 0"); under CI (env {@code CI} set) a missing browser fails them instead.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback, ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final DropwizardAppExtension<?> app;
    WebDriver driver;
    private Path profile;

    private Browser(DropwizardAppExtension<?> app) {
        this.app = app;
    }

    /** A browser for the tests of a class against this application, started before them. */
    static Browser of(DropwizardAppExtension<?> app) {
        return new Browser(app);
    }

    /** The application's address as the browser reaches it. */
    String base() {
        return "http://127.0.0.1:" + app.getLocalPort();
    }

    /** Opens a page of the application and waits until it has rendered. */
    void open(String path) {
        driver.get(base() + path);
        awaitReady();
    }

    void signIn(String username) {
        signIn(base(), username, TestApp.PASSWORD);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = missing();
        if (missing.isEmpty() || underCi() || context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium present, under CI, or a container");
        }
        String reason = "SKIPPED: " + missing.get();
        System.out.println(context.getDisplayName() + " " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    /** Why the browser tests cannot run here, if they cannot. */
    static Optional<String> missing() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        return installed ? Optional.empty() : Optional.of(
                "Chromium and its driver are needed for the browser tests: apt-get install -y chromium chromium-driver"
                        + " (looked for " + CHROMIUM + " and " + CHROMEDRIVER + ")");
    }

    static boolean underCi() {
        return System.getenv("CI") != null;
    }

    /** Starts the browser; none on a developer's machine without one; under CI a missing browser fails. */
    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            if (underCi()) {
                Assertions.fail(missing.get() + "; CI is set, so the tests fail rather than skip");
            }
            return;
        }
        try {
            profile = Files.createTempDirectory("ogi-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toString());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--window-size=1366,768", "--lang=zh-CN", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits (generously: shared machines are slow) until the condition holds; timing never decides a pass. */
    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    /** Waits for a page of the dashboard to finish rendering (startPage sets body[data-ready]). */
    void awaitReady() {
        try {
            until(d -> "true".equals(js("return document.body && document.body.dataset.ready")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("page " + driver.getCurrentUrl() + " did not finish rendering; script errors: "
                    + js("return window.__errors || []") + "; page text: " + js("return document.body.innerText"), e);
        }
    }

    /**
     * Signs in through the login page of the service at {@code base} as a new visitor (the
     * cookies of this origin dropped first) and waits for the landing page to render.
     */
    void signIn(String base, String username, String password) {
        driver.get(base + "/login.html");
        driver.manage().deleteAllCookies();
        driver.get(base + "/login.html");
        until(d -> d.findElement(org.openqa.selenium.By.id("username")).isDisplayed());
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("login-submit")).click();
        until(d -> !d.getCurrentUrl().contains("/login.html"));
        awaitReady();
    }

    /** Whether a canvas has any non-transparent pixel: the chart was drawn. */
    boolean canvasIsDrawn(String cssSelector) {
        Object drawn = js("const c = document.querySelector(arguments[0]); if (!c || !c.width || !c.height) return false;"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false;", cssSelector);
        return Boolean.TRUE.equals(drawn);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver == null) {
            return;
        }
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp folder left behind is harmless
            }
        }
    }
}
