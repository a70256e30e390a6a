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

    @Test
    void aScanOpensTheBranchBoardAndLeadsToAPersonsCommitmentsAndGrades() throws Exception {
        JsonObject address = json(http.api("GET", "api/v1/board", MEMBER, PASSWORD, null, null));
        browser = BrowserSupport.start(BrowserSupport.PHONE_WIDTH, 740);
        browser.get(deploymentUrl + "board/unit.xhtml?t=" + address.getString("tenantKey") + "&u="
                + address.getString("unitKey"));
        assertFalse(browser.findElement(By.id("board-unit")).getText().isBlank(), "the branch's name heads its board");
        BrowserSupport.assertFitsPhone(browser, "board-phone-board-unit");
        assertFalse(browser.findElements(By.cssSelector("#board-grades .board-item")).isEmpty(), "its published grades");
        assertFalse(browser.findElements(By.cssSelector("#board-commitments .board-item")).isEmpty(),
                "its members' published commitments");

        browser.findElement(By.cssSelector("#board-commitments .board-person-link")).click();
        String person = browser.findElement(By.id("board-person")).getText();
        assertFalse(person.isBlank());
        BrowserSupport.assertFitsPhone(browser, "board-phone-board-person");
        assertFalse(browser.findElements(By.cssSelector("#board-person-commitments .board-item")).isEmpty());

        browser.findElement(By.cssSelector("#board-person-commitments .board-item-link")).click();
        assertFalse(browser.findElement(By.id("board-commitment-content")).getText().isBlank());
        BrowserSupport.assertFitsPhone(browser, "board-phone-board-commitment");

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
        BrowserSupport.assertFitsPhone(browser, "board-phone-board-grade");

        browser.findElement(By.id("board-lang")).click();
        assertTrue(browser.findElement(By.cssSelector(".board-brand")).getText().contains("Public board"));
        BrowserSupport.assertFitsPhone(browser, "board-phone-board-grade-en");
        for (Cookie cookie : browser.manage().getCookies()) {
            assertFalse(cookie.getName().equalsIgnoreCase("JSESSIONID"), "the board made a session");
        }
    }
}
