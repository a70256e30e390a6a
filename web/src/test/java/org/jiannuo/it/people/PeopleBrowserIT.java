package org.jiannuo.it.people;

import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The department admin finds a member through the filtered list, edits them and sees the audit entry. */
class PeopleBrowserIT extends BrowserTestBase {

    @Test
    void findEditAndSeeTheAuditEntry() throws Exception {
        browser = BrowserSupport.start(1280, 1000);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        BrowserSupport.logInToDemo(browser, deploymentUrl, "admin");

        browser.findElement(By.id("nav-people")).click();
        List<WebElement> firstPage = browser.findElements(By.cssSelector("a.person-link"));
        assertEquals(20, firstPage.size(), "a page of 20 of the demo county's people");
        String name = firstPage.get(7).getText();

        WebElement nameFilter = browser.findElement(By.cssSelector("#people-form\\:people th input.ui-column-filter"));
        nameFilter.sendKeys(name);
        wait.until(driver -> driver.findElements(By.cssSelector("a.person-link")).stream()
                .allMatch(link -> link.getText().contains(name)));
        BrowserSupport.saveScreenshot(browser, "people-filtered");

        browser.findElement(By.linkText(name)).click();
        String idCard = browser.findElement(By.id("id-card")).getText();
        assertTrue(idCard.matches("\\d{17}[\\dX]"), idCard);
        WebElement phone = browser.findElement(By.id("person-form:phone"));
        phone.clear();
        phone.sendKeys("12345");
        browser.findElement(By.id("person-form:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-form"), "应为 11 位手机号"));
        assertEquals("", browser.findElement(By.id("person-form:messages")).getText(), "a field error, beside the field");

        phone = browser.findElement(By.id("person-form:phone"));
        phone.clear();
        phone.sendKeys("0371-63219876");
        browser.findElement(By.id("person-form:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-form:messages"), "已保存"));
        BrowserSupport.saveScreenshot(browser, "person-saved");

        String village = browser.findElement(By.cssSelector(".person-fixed")).getText().contains("西河村党支部")
                ? "南坪村" : "西河村";
        WebElement target = browser.findElement(By.id("person-form:transfer-target_input"));
        target.sendKeys(village);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-autocomplete-item"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-autocomplete-panel")));
        wait.until(ExpectedConditions.attributeToBe(By.id("person-form:transfer-target_input"), "value", village + "党支部"));
        browser.findElement(By.id("person-form:transfer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-form:messages"), "已调转到"));
        List<WebElement> stays = browser.findElements(By.cssSelector("#person-form\\:stays tbody tr"));
        assertEquals(2, stays.size(), "the stay before and the stay now");
        assertTrue(stays.get(1).getText().startsWith(village + "党支部"), stays.get(1).getText());
        BrowserSupport.saveScreenshot(browser, "person-transferred");

        browser.findElement(By.id("person-form:history")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".audit-summary")));
        List<String> summaries = browser.findElements(By.cssSelector(".audit-summary")).stream()
                .map(WebElement::getText).toList();
        assertEquals(2, summaries.size(), "only this person's history: " + summaries);
        assertTrue(summaries.get(0).startsWith("人员调转：" + name + "，"), "newest first: " + summaries);
        assertTrue(summaries.get(0).endsWith("→ " + village + "党支部"), summaries.get(0));
        assertEquals("修改人员信息：" + name, summaries.get(1));
        browser.findElements(By.cssSelector(".ui-row-toggler")).get(1).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".audit-states"), "0371-63219876"));
        BrowserSupport.saveScreenshot(browser, "audit-entry");
    }
}
