package org.privatefiles.adapter.http;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.privatefiles.domain.actor.OrgId;

/**
 * Test driver for the console: headless Debian Chromium off the network (skipped with a banner
 * where it is missing, failing under {@code PRIVATE_FILES_REQUIRE_BROWSER=1}), with the steps the
 * tests take on the console's pages and the checks they run inside the page (axe-core, fetch).
 */
final class ConsoleBrowser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final String AXE = "/axe/axe.min.js";

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final String server;

    private ConsoleBrowser(String server, ChromeDriver driver) {
        this.server = server;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** A browser on this server, or the test is skipped (failed under the CI flag) without Chromium. */
    static ConsoleBrowser start(String server) {
        return new ConsoleBrowser(server, HeadlessChromium.start("CONSOLE BROWSER TESTS", 1000));
    }

    /** Opens the console with empty session and local storage. */
    void openFresh() {
        driver.get(server + "/console/");
        driver.executeScript("sessionStorage.clear(); localStorage.clear();");
        driver.get(server + "/console/#/sign-in");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-password")));
    }

    void signInWithPassword(ConsoleService.User user, OrgId org) {
        openFresh();
        type("email", user.email());
        type("password", user.password());
        type("password-org", Long.toString(org.value()));
        find("#sign-in-password button[type=submit]").click();
        waitForFilesTable();
    }

    void signInWithToken(ConsoleService.User user, OrgId org) {
        openFresh();
        type("token", user.token());
        type("token-org", Long.toString(org.value()));
        find("#sign-in-token button[type=submit]").click();
        waitForFilesTable();
    }

    void waitForFilesTable() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#files-table table.files")));
    }

    void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** The titles in the files table, top to bottom. */
    List<String> titles() {
        return driver.findElements(By.cssSelector("#files-table tbody tr[data-file-id] td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    /** Runs something that re-renders the table and waits until it has (the old table is gone). */
    void rerendering(Runnable action) {
        WebElement table = find("#files-table table.files");
        action.run();
        wait.until(ExpectedConditions.stalenessOf(table));
        waitForFilesTable();
    }

    void chooseFiles(Path... files) {
        driver.findElement(By.id("file-picker")).sendKeys(Stream.of(files).map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
    }

    /** Waits until the upload of this name ends; returns its list item. */
    WebElement uploadOutcome(String name) {
        By item = By.cssSelector("#uploads li[data-upload-name='" + name + "']");
        wait.until(d -> {
            String state = d.findElement(item).getAttribute("data-state");
            return !"running".equals(state);
        });
        return driver.findElement(item);
    }

    /** Fetches a URL from inside the page (its origin, its CSP) and returns the bytes. */
    byte[] fetchInPage(String url) {
        Object base64 = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
                  let text = ""; new Uint8Array(buffer).forEach(b => { text += String.fromCharCode(b); }); done(btoa(text));
                }).catch(e => done("ERROR " + e));""", url);
        return Base64.getDecoder().decode((String) base64);
    }

    /** The serious and critical violations axe-core finds on the page as it is now, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        driver.executeScript(resource(AXE));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ["violations"] }).then(r => done(r.violations
                  .filter(v => v.impact === "serious" || v.impact === "critical")
                  .flatMap(v => v.nodes.map(n => v.id + ": " + n.target.join(" ") + " (" + v.help + ")"))))
                  .catch(e => done(["axe failed: " + e]));""");
        return (List<String>) result;
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page logged that mentions a Content Security Policy refusal. */
    List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(e -> e.getMessage())
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    Map<String, Object> storage() {
        @SuppressWarnings("unchecked")
        var map = (Map<String, Object>) driver.executeScript(
                "return {session: JSON.stringify(sessionStorage), local: JSON.stringify(localStorage), url: location.href};");
        return map;
    }

    private static String resource(String name) {
        try (InputStream in = ConsoleBrowser.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
