package org.jiannuo.it.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.YearMonth;
import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;
import org.jiannuo.it.support.FreshGrades;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An objection as the people involved meet it: the member, on a 375×740 phone, reads what the branch has just
 * published on 本支部公示 and objects to a grade in their own name; the branch secretary finds it on 等次异议,
 * changes the grade with a reason; the member's page then shows the grade changed and reviewed.
 */
class ObjectionBrowserIT extends BrowserTestBase {

    /** The month whose grades this test publishes today. */
    private static final String OBJECTION = "本月两次缺席组织生活，等次偏高";
    private static final YearMonth PERIOD = YearMonth.now().minusYears(1).minusMonths(6);

    @Test
    void aMemberObjectsOnThePhoneAndTheSecretaryChangesTheGrade() throws Exception {
        long branch = json(http.api("GET", "api/v1/me", BRANCH_SECRETARY, PASSWORD, null, null))
                .getJsonNumber("unitId").longValue();
        FreshGrades.publish(http, branch, PERIOD);

        browser = BrowserSupport.start(BrowserSupport.PHONE_WIDTH, 740);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
        browser.get(deploymentUrl + "peers.xhtml");
        browser.findElement(By.linkText(PERIOD.toString())).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), PERIOD.toString()));
        // The cell's own text, without the column title that a narrow table shows beside it.
        String subject = ((String) browser.executeScript("return document.getElementById('peers-form:peer-grades')"
                + ".querySelector('tbody tr td').lastChild.textContent;")).strip();
        assertTrue(browser.findElement(By.id("peers-form:peer-grades")).getText().contains("公示中"),
                "the grades published today are in their publicity period");
        browser.findElement(By.id("peers-form:peer-grades:0:object")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("peers-form:objection-text")))
                .sendKeys(OBJECTION);
        BrowserSupport.assertFitsPhone(browser, "objection-phone-peers-objection");
        browser.findElement(By.id("peers-form:lodge")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("peers-form:messages"), "异议已提交"));
        assertTrue(browser.findElement(By.id("peers-form:peer-grades")).getText().contains("有异议，复核中"),
                "the grade is under objection at once");
        BrowserSupport.assertFitsPhone(browser, "objection-phone-peers-objected");

        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        BrowserSupport.logInToDemo(browser, deploymentUrl, "zhibu");
        browser.get(deploymentUrl + "objections.xhtml");
        String list = browser.findElement(By.id("objections-form:objections")).getText();
        assertTrue(list.contains(OBJECTION) && list.contains(subject), list);
        // The open objections, the latest first: the member's row, whichever place other tests left it in.
        browser.findElement(By.xpath("//tr[td[contains(., '" + OBJECTION + "')]]//button[contains(@id, ':answer')]"))
                .click();
        choose("○ 基本合格");
        browser.findElement(By.id("objections-form:reason")).sendKeys("经核实两次缺席属实，调整为基本合格");
        browser.findElement(By.id("objections-form:decide")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.id("objections-form:objections"), OBJECTION)));
        browser.findElement(By.cssSelector("#objections-form\\:open-only .ui-chkbox-box")).click();
        String row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//tr[td[contains(., '"
                + OBJECTION + "')]]"))).getText();
        assertTrue(row.contains("已调整等次"), "the member's objection, answered: " + row);
        BrowserSupport.saveScreenshot(browser, "objections-decided");

        JsonObject address = json(http.api("GET", "api/v1/board", MEMBER, PASSWORD, null, null));
        JsonObject grade = json(http.get("api/v1/public/board/" + address.getString("tenantKey") + "/units/"
                + address.getString("unitKey") + "?month=" + PERIOD)).getJsonArray("grades")
                .getValuesAs(JsonObject.class).stream().filter(g -> g.getBoolean("reviewed")).findFirst().orElseThrow();
        assertEquals(subject, grade.getString("subjectName"));
        assertEquals("BASICALLY_QUALIFIED", grade.getString("grade"));
    }

    /**
     * Chooses a grade in the answer's menu as a person does, by clicking it. Under load the menu's panel may still be
     * opening or moving into place, and then the click misses the item (the grade would stay as it was and the
     * objection be upheld): the menu's label tells what was chosen, and a missed click is tried again.
     */
    private void choose(String label) throws InterruptedException {
        WebDriverWait shortWait = new WebDriverWait(browser, Duration.ofSeconds(3));
        By item = By.cssSelector("#objections-form\\:grade_items li[data-label='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            try {
                if (!browser.findElement(By.id("objections-form:grade_panel")).isDisplayed()) {
                    browser.findElement(By.id("objections-form:grade")).click();
                }
                shortWait.until(ExpectedConditions.elementToBeClickable(item)).click();
                shortWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objections-form:grade_label"),
                        label));
                return;
            } catch (ElementClickInterceptedException | TimeoutException e) {
                if (attempt == 5) {
                    throw e;
                }
                Thread.sleep(300);
            }
        }
    }
}
