package org.jiannuo.it.organization;

import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The department admin opens the organization tree, expands a committee and renames a branch. */
class OrganizationBrowserIT extends BrowserTestBase {

    @Test
    void expandSelectAndRename() throws Exception {
        browser = BrowserSupport.start(1280, 1000);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        BrowserSupport.logInToDemo(browser, deploymentUrl, "admin");
        browser.findElement(By.id("nav-units")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//span[contains(@class,'unit-name') and text()='城关镇党委']")));
        assertTrue(browser.findElements(By.xpath("//span[contains(@class,'unit-name') and text()='东岭村党支部']"))
                .stream().anyMatch(WebElement::isDisplayed), "top level opens with its children");

        browser.findElement(By.xpath("//span[contains(@class,'unit-name') and text()='东岭村党支部']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("selected-name"), "东岭村党支部"));
        WebElement newName = browser.findElement(By.id("units-form:new-name"));
        newName.clear();
        newName.sendKeys("东岭村第一党支部");
        browser.findElement(By.id("units-form:rename")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("units-form:messages"), "已更名为"));
        assertEquals("东岭村第一党支部", browser.findElement(By.id("selected-name")).getText());
        assertEquals(1, browser.findElements(
                By.xpath("//span[contains(@class,'unit-name') and text()='东岭村第一党支部']")).size(), "the tree shows it");
        assertTrue(browser.findElement(By.id("units-form:holders")).getText().contains("书记"),
                "the unit's post holders are listed");
        assertEquals("", browser.findElement(By.id("units-form:appointee_input")).getAttribute("value"),
                "nobody chosen yet: the field shows its hint, not an empty label");
        BrowserSupport.saveScreenshot(browser, "units-renamed");
    }
}
