package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.privatefiles.domain.actor.OrgId;

/**
 * The docs page in a real browser: Debian's Chromium driven by Debian's chromedriver, headless and
 * off the network. Skipped with a banner where they are not installed, failing instead under
 * {@value #REQUIRE}.
 */
class DocsPageBrowserTest {
    static final Path SCREENSHOT = Path.of("target", "docs-page.png");

    @RegisterExtension
    final TestApi api = TestApi.start();
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = HeadlessChromium.start("BROWSER TESTS", 2000);
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
