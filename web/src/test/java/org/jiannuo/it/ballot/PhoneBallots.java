package org.jiannuo.it.ballot;

import org.jiannuo.it.support.BrowserSupport;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Ballots cast on the phone pages in a phone-sized headless Chromium, for tests that run on the client.
 * It keeps Selenium out of the test classes that also run inside the server, where it is absent.
 */
final class PhoneBallots {

    private PhoneBallots() {
    }

    /**
     * Casts the member's meeting ballot on {@code vote.xhtml}, signed in, then a participation code's on the
     * public page the slip's QR code opens, signed in as nobody: on every card the option at {@code option}.
     */
    static void castOnBothPages(URL deploymentUrl, String member, long meetingId, String codePage, int option)
            throws Exception {
        ChromeDriver browser = BrowserSupport.start(375, 740);
        try {
            BrowserSupport.logInToDemo(browser, deploymentUrl, member);
            browser.get(deploymentUrl + "vote.xhtml?meeting=" + meetingId);
            chooseAndCast(browser, "vote-form", option);
            browser.manage().deleteAllCookies();
            browser.get(deploymentUrl + codePage);
            chooseAndCast(browser, "code-form", option);
            BrowserSupport.saveScreenshot(browser, "code-ballot-on-phone");
        } finally {
            browser.quit();
        }
    }

    private static void chooseAndCast(ChromeDriver browser, String form, int option) {
        List<WebElement> cards = browser.findElements(By.cssSelector(".vote-card"));
        assertFalse(cards.isEmpty(), "the paper lists the subjects: " + browser.getPageSource());
        for (WebElement card : cards) {
            card.findElements(By.cssSelector(".ui-button")).get(option).click();
        }
        browser.findElement(By.id(form + ":cast-ballot")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(form + ":vote-done")));
    }
}
