package org.jiannuo.it.account;

import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a new person meets in the first minute: the login lands on a page, never on an icon the
 * browser fetched by itself; unknown and refused pages, an expired page and an expired session
 * answer with our pages in the person's language and a way back; a Chinese screen stays Chinese
 * in a browser that prefers English.
 */
class FirstMinuteBrowserIT extends BrowserTestBase {

    @Test
    void theIconIsServedToEveryone() throws Exception {
        HttpResponse<String> icon = http.get("favicon.ico");
        assertEquals(200, icon.statusCode());
        assertEquals("image/x-icon", icon.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void theLoginLandsOnTheHomePageAfterTheBrowsersOwnRequests() throws Exception {
        browser = BrowserSupport.start(1280, 900);
        browser.get(deploymentUrl + "favicon.ico");
        browser.get(deploymentUrl + "jakarta.faces.resource/no-such-script.js.xhtml");
        browser.get(deploymentUrl + "apple-touch-icon.png");
        assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml"), browser.getCurrentUrl());

        BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
        assertTrue(browser.getCurrentUrl().endsWith("/index.xhtml"), "landed on " + browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("welcome")).getText().startsWith("欢迎，"));
    }

    @Test
    void theLoginLandsOnThePageAskedFor() throws Exception {
        browser = BrowserSupport.start(1280, 900);
        browser.get(deploymentUrl + "grades.xhtml");
        assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml"), browser.getCurrentUrl());
        browser.get(deploymentUrl + "favicon.ico");

        BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
        assertTrue(browser.getCurrentUrl().endsWith("/grades.xhtml"), "landed on " + browser.getCurrentUrl());
    }

    @Test
    void unknownAndRefusedPagesInChineseAndEnglish() throws Exception {
        browser = BrowserSupport.start(1280, 900);
        BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");

        browser.get(deploymentUrl + "no-such-page.xhtml");
        assertEquals("页面不存在", browser.findElement(By.id("error-title")).getText());
        assertEquals("返回首页", browser.findElement(By.id("error-home")).getText());
        assertTrue(browser.getTitle().startsWith("页面不存在"), browser.getTitle());
        BrowserSupport.saveScreenshot(browser, "error-404-zh");
        browser.get(deploymentUrl + "audit.xhtml");
        assertEquals("无权访问", browser.findElement(By.id("error-title")).getText());

        browser.findElement(By.linkText("English")).click();
        try {
            assertEquals("No access", browser.findElement(By.id("error-title")).getText());
            browser.get(deploymentUrl + "no-such-page.xhtml");
            assertEquals("Page not found", browser.findElement(By.id("error-title")).getText());
            BrowserSupport.saveScreenshot(browser, "error-404-en");

            browser.findElement(By.id("error-home")).click();
            assertTrue(browser.findElement(By.id("welcome")).getText().startsWith("Welcome, "));
        } finally {
            // The switch is kept on the account: the demo member reads Chinese again for the other tests.
            browser.get(deploymentUrl + "index.xhtml?lang=zh");
        }
    }

    @Test
    void anExpiredPageSaysSoAfterAnAjaxRequest() throws Exception {
        browser = BrowserSupport.start(1280, 900);
        BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
        browser.get(deploymentUrl + "commitments.xhtml");
        browser.executeScript("document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                + ".forEach(state => state.value = '-4711:-4711');");
        browser.findElement(By.id("commitments-form:save")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/expired.xhtml"));
        assertEquals("页面已过期", browser.findElement(By.id("error-title")).getText());
        browser.findElement(By.id("error-home")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/index.xhtml"), browser.getCurrentUrl());
    }

    @Test
    void anExpiredSessionLeadsToTheLoginThatSaysSo() throws Exception {
        browser = BrowserSupport.start(1280, 900);
        BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
        browser.get(deploymentUrl + "commitments.xhtml");
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.manage().addCookie(new Cookie("JSESSIONID", "a-session-that-ran-out"));

        browser.findElement(By.id("commitments-form:save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.xhtml"));
        assertTrue(browser.findElement(By.id("login-expired")).getText().contains("登录已失效"));
        BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
        assertTrue(browser.getCurrentUrl().endsWith("/index.xhtml"), "an AJAX request is no page to return to");
    }

    @Test
    void aChineseScreenStaysChineseInABrowserThatPrefersEnglish() throws Exception {
        browser = BrowserSupport.start(1280, 900, "en-US,en");
        BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
        browser.get(deploymentUrl + "vote.xhtml?meeting=987654321");

        String message = browser.findElement(By.id("vote-form:messages")).getText();
        assertTrue(message.contains("您不是本次会议的到会人员"), "the vote page in Chinese: " + message);
        BrowserSupport.saveScreenshot(browser, "vote-not-a-voter-zh");
    }
}
