package org.jiannuo.it.account;

import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person in a real browser: signs in, sees the home page, switches to English, signs out. */
class LoginBrowserIT extends BrowserTestBase {

    @Test
    void signInSwitchLanguageAndSignOut() throws Exception {
        browser = BrowserSupport.start(1280, 900);
        browser.get(deploymentUrl + "index.xhtml");
        assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml"), browser.getCurrentUrl());

        browser.findElement(By.id("tenant")).sendKeys(DemoTenantInstaller.TENANT_CODE);
        browser.findElement(By.id("username")).sendKeys("zhibu");
        browser.findElement(By.id("password")).sendKeys(DemoTenantInstaller.PASSWORD);
        browser.findElement(By.id("login-submit")).click();

        String welcome = browser.findElement(By.id("welcome")).getText();
        assertTrue(welcome.startsWith("欢迎，"), welcome);
        assertTrue(browser.getPageSource().contains("支部书记"), "role shown in Chinese");
        assertEquals(welcome.substring("欢迎，".length()), browser.findElement(By.id("current-user")).getText());
        BrowserSupport.saveScreenshot(browser, "home-zh");

        browser.findElement(By.linkText("English")).click();
        try {
            assertTrue(browser.findElement(By.id("welcome")).getText().startsWith("Welcome, "));
            assertTrue(browser.getPageSource().contains("Branch secretary"));
        } finally {
            // The switch is kept on the account: the demo's secretary reads Chinese again for the other tests.
            browser.findElement(By.linkText("中文")).click();
        }

        browser.findElement(By.id("logout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/login\\.xhtml$"));
        browser.get(deploymentUrl + "index.xhtml");
        assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml"), "signed out: " + browser.getCurrentUrl());
    }

    @Test
    void loginPageFitsAPhone() throws Exception {
        browser = BrowserSupport.start(375, 740);
        browser.get(deploymentUrl + "login.xhtml");

        long formWidth = (Long) browser.executeScript("return document.getElementById('login-form').offsetWidth;");
        long viewport = (Long) browser.executeScript("return window.innerWidth;");
        assertTrue(formWidth <= viewport, "form " + formWidth + "px in a " + viewport + "px screen");
        BrowserSupport.saveScreenshot(browser, "login-phone");
    }
}
