package org.jiannuo.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, named explicitly so that Selenium
 * never tries to download a browser. Where Chromium is not installed the browser tests are
 * skipped, and reported as skipped.
 */
public final class BrowserSupport {

    public static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

    private BrowserSupport() {
    }

    /** Signs in to the demo tenant through the login form, as a person would. */
    public static void logInToDemo(ChromeDriver browser, URL deploymentUrl, String username) {
        logIn(browser, deploymentUrl, DemoTenantInstaller.TENANT_CODE, username, DemoTenantInstaller.PASSWORD);
    }

    /** Signs in to a tenant through the login form, as a person would. */
    public static void logIn(ChromeDriver browser, URL deploymentUrl, String tenant, String username, String password) {
        browser.get(deploymentUrl + "login.xhtml");
        browser.findElement(By.id("tenant")).sendKeys(tenant);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        // The sign-in is a form post and a redirect: on a loaded machine the click may return before they end.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !driver.getCurrentUrl().contains("/login.xhtml"));
    }

    /**
     * Sets a spinner's field as the form will send it: typing over a spinner under load sometimes kept a digit of
     * the old value, and the rules under test are the server's, not the spinner's.
     */
    public static void setSpinner(ChromeDriver browser, WebElement spinner, int value) {
        browser.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                spinner, String.valueOf(value));
        Assertions.assertEquals(String.valueOf(value), spinner.getAttribute("value"));
    }

    /** The phone every member's and the public's screen must fit: 375 pixels wide. */
    public static final int PHONE_WIDTH = 375;

    /**
     * Asserts that the page fits a phone-sized window without sideways scrolling, and keeps its screenshot
     * under the given name.
     */
    public static void assertFitsPhone(ChromeDriver browser, String screenshot) throws IOException {
        long viewport = (Long) browser.executeScript("return window.innerWidth;");
        long page = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        saveScreenshot(browser, screenshot);
        assertTrue(viewport <= PHONE_WIDTH, "a phone-sized window: " + viewport);
        assertTrue(page <= viewport, screenshot + " scrolls sideways: " + page + " px > " + viewport);
    }

    /** Keeps what the browser shows in target/screenshots, for a person to look at. */
    public static void saveScreenshot(ChromeDriver browser, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Closes the browser; fails the test if the Content-Security-Policy refused anything a page tried (an inline
     * script or handler, a resource of another origin): the screen would have lost a part of its behaviour.
     */
    public static void quit(ChromeDriver browser) {
        if (browser == null) {
            return;
        }
        List<String> refused;
        try {
            refused = policyRefusals(browser);
        } finally {
            browser.quit();
        }
        Assertions.assertEquals(List.of(), refused, "the browser's console reports what the policy refused");
    }

    /** What the Content-Security-Policy refused since the last look, as the browser's console reported it. */
    public static List<String> policyRefusals(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    public static ChromeDriver start(int width, int height) throws Exception {
        return start(width, height, null);
    }

    /** A browser whose person prefers the given language (its Accept-Language, e.g. "en-US"), or Chromium's own. */
    public static ChromeDriver start(int width, int height, String acceptLanguage) throws Exception {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Chromium and chromedriver are not installed at " + CHROMIUM + " and " + CHROMEDRIVER);
        Path profile = Files.createTempDirectory("jiannuo-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + profile, "--lang=zh-CN");
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, console);
        if (acceptLanguage != null) {
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}
