package org.jiannuo.it.support;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A test that drives the deployed application in headless Chromium: each test starts the browser at the
 * window size it needs ({@link BrowserSupport#start}), and it is quit after the test whatever the outcome; a
 * page whose Content-Security-Policy refused something fails the test.
 */
public abstract class BrowserTestBase extends ClientTestBase {

    protected ChromeDriver browser;

    /** Quits it, and fails the test if the Content-Security-Policy refused anything (see {@link BrowserSupport#quit}). */
    @AfterEach
    void quitBrowser() {
        BrowserSupport.quit(browser);
    }
}
