package org.jiannuo.it.board;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * A scan of a poster's QR code on a 375×740 phone: the demo branch's board opened directly, without
 * signing in, then a person's commitments and grades, a commitment and a grade; every page fits the
 * window, none leaves a cookie, and the screenshots are kept in {@code target/screenshots}.
 */
class BoardBrowserIT extends BrowserTestBase {

    private static final int WIDTH = 375;

    @Test
    void aScanOpensTheBranchBoardAndLeadsToAPersonsCommitmentsAndGrades() throws Exception {
        JsonObject address = json(http.api("GET", "api/v1/board", MEMBER, PASSWORD, null, null));
        browser = BrowserSupport.start(WIDTH, 740);
        browser.get(deploymentUrl + "board/unit.xhtml?t=" + address.getString("tenantKey") + "&u="
                + address.getString("unitKey"));
        assertFalse(browser.findElement(By.id("board-unit")).getText().isBlank(), "the branch's name heads its board");
        assertFits("board-unit");
        assertFalse(browser.findElements(By.cssSelector("#board-grades .board-item")).isEmpty(), "its published grades");
        assertFalse(browser.findElements(By.cssSelector("#board-commitments .board-item")).isEmpty(),
                "its members' published commitments");

        browser.findElement(By.cssSelector("#board-commitments .board-person-link")).click();
        String person = browser.findElement(By.id("board-person")).getText();
        assertFalse(person.isBlank());
        assertFits("board-person");
        assertFalse(browser.findElements(By.cssSelector("#board-person-commitments .board-item")).isEmpty());

        browser.findElement(By.cssSelector("#board-person-commitments .board-item-link")).click();
        assertFalse(browser.findElement(By.id("board-commitment-content")).getText().isBlank());
        assertFits("board-commitment");

        browser.navigate().back();
        WebElement grade = browser.findElements(By.cssSelector("#board-person-grades .board-item-link")).stream()
                .findFirst().orElse(null);
        if (grade == null) {
            browser.navigate().back();
            grade = browser.findElement(By.cssSelector("#board-grades .board-item-link"));
        }
        grade.click();
        assertTrue(browser.findElement(By.id("board-grade")).getText().matches("[★☆○△].*"));
        assertFalse(browser.findElement(By.id("board-standing")).getText().isBlank());
        assertFits("board-grade");

        browser.findElement(By.id("board-lang")).click();
        assertTrue(browser.findElement(By.cssSelector(".board-brand")).getText().contains("Public board"));
        assertFits("board-grade-en");
        for (Cookie cookie : browser.manage().getCookies()) {
            assertFalse(cookie.getName().equalsIgnoreCase("JSESSIONID"), "the board made a session");
        }
    }

    private void assertFits(String screen) throws Exception {
        long viewport = (Long) browser.executeScript("return window.innerWidth;");
        long page = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        BrowserSupport.saveScreenshot(browser, "board-phone-" + screen);
        assertTrue(viewport <= WIDTH, "a phone-sized window: " + viewport);
        assertTrue(page <= viewport, screen + " scrolls sideways: " + page + " px");
    }
}
