package org.privatefiles.adapter.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Debian's Chromium, headless and quiet, for the browser tests; without it a test is skipped with a banner (a failure under {@value #REQUIRE}=1). */
final class HeadlessChromium {
    static final String REQUIRE = "PRIVATE_FILES_REQUIRE_BROWSER";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** A browser with a window this high, its console logged; {@code tests} names the tests in the skip banner. */
    static ChromeDriver start(String tests, int windowHeight) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String banner = "\n" + "#".repeat(78) + "\n# " + tests + " SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER
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
                "--disable-domain-reliability", "--window-size=1280," + windowHeight);
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
