package org.jiannuo.it.support;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A test that drives the deployed application in headless Chromium: each test starts the browser at the
 * window size it needs ({@link BrowserSupport#start}), and it is quit after the test whatever the outcome.
 */
public abstract class BrowserTestBase extends ClientTestBase {

    protected ChromeDriver browser;

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
