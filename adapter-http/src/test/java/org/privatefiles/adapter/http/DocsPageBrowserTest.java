package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.privatefiles.domain.actor.OrgId;

/**
 * The docs page in a real browser: Debian's Chromium driven by Debian's chromedriver, headless and
 * off the network. Skipped with a banner where they are not installed, failing instead under
 * {@value #REQUIRE}.
 */
class DocsPageBrowserTest {
    static final String REQUIRE = "PRIVATE_FILES_REQUIRE_BROWSER";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOT = Path.of("target", "docs-page.png");

    @RegisterExtension
    final TestApi api = TestApi.start();
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String banner = "\n" + "#".repeat(78) + "\n# BROWSER TESTS SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing\n# (apt-get install -y chromium chromium-driver; " + REQUIRE + "=1 makes this a failure)\n"
                    + "#".repeat(78);
            System.out.println(banner);
            if ("1".equals(System.getenv(REQUIRE))) {
                throw new AssertionError(REQUIRE + "=1 but Chromium is not installed" + banner);
            }
            Assumptions.abort("Chromium is not installed");
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--metrics-recording-only",
                "--disable-domain-reliability", "--window-size=1280,2000");
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_docs_page_renders_the_operations_and_try_it_out_lists_files_with_a_token() throws IOException {
        OrgId org = api.org();
        var pro = api.pro(org);
        api.upload(org, pro, "report.pdf", "%PDF-1.4 demo".getBytes(StandardCharsets.UTF_8));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(api.server + "/api/docs/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-files-listPrivateFiles")));
        List<WebElement> operations = browser.findElements(By.cssSelector(".opblock"));
        assertThat(operations).hasSizeGreaterThanOrEqualTo(20);
        assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("private-files");

        browser.findElement(By.cssSelector(".btn.authorize")).click();
        WebElement tokenField = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal-ux input[type='text'], .modal-ux input:not([type])")));
        tokenField.sendKeys(pro.token());
        // every element is waited for by its locator: the page renders each step a little later, more so under load
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-ux .auth-btn-wrapper .authorize"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-ux .btn-done, .modal-ux .close-modal"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));

        String operation = "#operations-files-listPrivateFiles ";
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(operation + ".opblock-summary-control, " + operation + ".opblock-summary"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(operation + ".try-out__btn"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(operation + "tr[data-param-name='org'] input")))
                .sendKeys(Long.toString(org.value()));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(operation + ".execute"))).click();
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#operations-files-listPrivateFiles .live-responses-table .response .response-col_status")));
        WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(operation + ".live-responses-table .response-col_description .highlight-code")));
        String responseBody = body.getText();
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", status);

        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
        System.out.println("Docs page screenshot: " + SCREENSHOT.toAbsolutePath());
        assertThat(status.getText()).startsWith("200");
        assertThat(responseBody).contains("report.pdf");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .noneSatisfy(entry -> assertThat(entry.getMessage()).contains("Content Security Policy"));
    }

}
