package org.jiannuo.it.stars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.Fixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The township's objections screen in a browser, for {@link StarBoardIT}: kept apart because that class is also
 * loaded in the server, where no method of it may name Selenium's types.
 */
final class StarObjectionScreen {

    private static final String DECIDED = "复核结果已保存";

    private StarObjectionScreen() {
    }

    /**
     * Signs in, opens the objection lodged with this text against the member's stars, checks that the spinners start
     * from the member's stars, takes one star off the aspect at {@code lowered}, answers with a reason and waits
     * until the screen says the stars were changed.
     */
    static void takeOffOneStar(URL deploymentUrl, String tenant, String username, String objectionText,
            String memberName, List<Integer> given, int lowered) throws Exception {
        ChromeDriver browser = BrowserSupport.start(1280, 900);
        try {
            BrowserSupport.logIn(browser, deploymentUrl, tenant, username, Fixtures.PASSWORD);
            browser.get(deploymentUrl + "objections.xhtml?lang=zh");
            WebElement row = row(browser, objectionText);
            assertTrue(row.getText().contains(memberName), row.getText());
            row.findElement(By.cssSelector("button[id$=':answer']")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("objections-form:answer-stars")));
            List<WebElement> spinners = browser.findElements(
                    By.cssSelector("#objections-form\\:answer-stars input.ui-spinner-input"));
            assertEquals(given.stream().map(String::valueOf).toList(),
                    spinners.stream().map(spinner -> spinner.getAttribute("value")).toList(),
                    "the spinners start from the member's stars");
            BrowserSupport.setSpinner(browser, spinners.get(lowered), given.get(lowered) - 1);
            browser.findElement(By.id("objections-form:reason")).sendKeys("经核实，该项减一星");
            browser.findElement(By.id("objections-form:decide")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objections-form:messages"),
                    DECIDED));
            // Answered, it leaves the list of open objections; the whole list shows it changed.
            browser.findElement(By.cssSelector("#objections-form\\:open-only .ui-chkbox-box")).click();
            wait.until(driver -> rowText(browser, objectionText).contains("已调整星级"));
            BrowserSupport.saveScreenshot(browser, "desktop-zh-star-objection-answered");
        } finally {
            BrowserSupport.quit(browser);
        }
    }

    private static String rowText(ChromeDriver browser, String text) {
        return browser.findElements(By.cssSelector("#objections-form\\:objections tbody tr")).stream()
                .map(WebElement::getText).filter(row -> row.contains(text)).findFirst().orElse("");
    }

    private static WebElement row(ChromeDriver browser, String text) {
        return browser.findElements(By.cssSelector("#objections-form\\:objections tbody tr")).stream()
                .filter(row -> row.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no objection " + text));
    }
}
