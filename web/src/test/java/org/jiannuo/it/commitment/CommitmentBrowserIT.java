package org.jiannuo.it.commitment;

import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The department sets the year's rules, a member writes and submits two commitments, the branch
 * secretary approves and publishes them; the member records the month with a photo and reports
 * one item done, and the secretary closes it out.
 */
class CommitmentBrowserIT extends BrowserTestBase {

    private WebDriverWait wait;

    /** The living demo gives the member two items and the API test adds two: the department allows ten. */
    private void allowTheMemberMoreItems() throws Exception {
        String rulesPath = "api/v1/commitments/rules/" + LocalDate.now().getYear();
        HttpResponse<String> read = http.api("GET", rulesPath, "admin@demo", DemoTenantInstaller.PASSWORD, null, null);
        assertEquals(200, read.statusCode(), read.body());
        String more = Json.createObjectBuilder(Json.createReader(new StringReader(read.body())).readObject())
                .add("memberMaximum", 10).build().toString();
        HttpResponse<String> saved = http.api("PUT", rulesPath, "admin@demo", DemoTenantInstaller.PASSWORD, more, null);
        assertEquals(200, saved.statusCode(), saved.body());
    }

    @Test
    void submitReviewPublishRecordAndCloseOut() throws Exception {
        browser = BrowserSupport.start(1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String yearEnd = LocalDate.now().getYear() + "-12-31";

        allowTheMemberMoreItems();
        BrowserSupport.logInToDemo(browser, deploymentUrl, "admin");
        browser.findElement(By.id("nav-rules")).click();
        WebElement deadline = browser.findElement(By.id("rules-form:deadline_input"));
        deadline.sendKeys(Keys.chord(Keys.CONTROL, "a"), yearEnd, Keys.ESCAPE);
        browser.findElement(By.id("rules-form:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rules-form:messages"), "规则已保存"));
        logOut();

        BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
        browser.findElement(By.id("nav-commitments")).click();
        int before = browser.findElements(By.cssSelector(".commitment-content")).size();
        addCommitment("学习", "系统学习党的二十大报告并写三篇心得", yearEnd);
        addCommitment("服务", "为本村独居老人每月上门服务一次", yearEnd);
        assertEquals(before + 2, browser.findElements(By.cssSelector(".commitment-content")).size());
        browser.findElement(By.id("commitments-form:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("commitments-form:messages"), "已提交审核"));
        BrowserSupport.saveScreenshot(browser, "commitments-submitted");
        logOut();

        BrowserSupport.logInToDemo(browser, deploymentUrl, "zhibu");
        browser.findElement(By.id("nav-review")).click();
        for (String content : List.of("系统学习党的二十大报告并写三篇心得", "为本村独居老人每月上门服务一次")) {
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//tbody[@id='review-form:waiting_data']/tr[.//span[@class='review-content' and text()='"
                            + content + "']]")));
            row.findElement(By.cssSelector("button.approve")).click();
            wait.until(ExpectedConditions.stalenessOf(row));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-form:messages"), "已通过并备案"));
        }
        BrowserSupport.saveScreenshot(browser, "review-approved");
        List<WebElement> boxes = browser.findElements(By.cssSelector("#review-form\\:registered_data .ui-chkbox-box"));
        assertTrue(boxes.size() >= 2, "both approved commitments wait for publication");
        boxes.forEach(WebElement::click);
        browser.findElement(By.id("review-form:publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-form:messages"), "项承诺"));
        assertTrue(browser.findElement(By.id("review-form:messages")).getText().matches("(?s).*已公开 \\d+ 项承诺.*"));
        logOut();

        BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
        browser.findElement(By.id("nav-commitments")).click();
        List<String> statuses = browser.findElements(By.cssSelector(".commitment-status")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("已公开", "已公开"), statuses.subList(statuses.size() - 2, statuses.size()), statuses.toString());
        BrowserSupport.saveScreenshot(browser, "commitments-published");

        String served = "为本村独居老人每月上门服务一次";
        browser.findElement(By.xpath("//tr[.//span[@class='commitment-content' and text()='" + served
                + "']]//a[contains(@class,'open-fulfilment')]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("fulfilment-form:item-content"), served));
        browser.findElement(By.id("fulfilment-form:note")).sendKeys("本月上门四次，帮助打扫卫生并代买药品");
        WebElement progress = browser.findElement(By.id("fulfilment-form:progress_input"));
        progress.sendKeys(Keys.chord(Keys.CONTROL, "a"), "40");
        Path photo = Files.createTempFile("visit", ".png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0});
        browser.findElement(By.id("fulfilment-form:record-files_input")).sendKeys(photo.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fulfilment-form:record-pending"),
                photo.getFileName().toString()));
        browser.findElement(By.id("fulfilment-form:save-record")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fulfilment-form:messages"), "的记实"));
        assertEquals("本月上门四次，帮助打扫卫生并代买药品",
                browser.findElement(By.cssSelector("#fulfilment-form\\:records .record-note")).getText());
        assertEquals(1, browser.findElements(By.cssSelector("#fulfilment-form\\:records a.evidence-link")).size());
        assertTrue(browser.findElement(By.id("fulfilment-form:item-progress")).getText().contains("40"));

        browser.findElement(By.id("fulfilment-form:evidence")).sendKeys("全年上门服务十二次，附服务登记表");
        browser.findElement(By.id("fulfilment-form:report-done")).click();
        wait.until(ExpectedConditions.textToBe(By.id("fulfilment-form:item-status"), "已报完成"));
        BrowserSupport.saveScreenshot(browser, "fulfilment-reported");
        logOut();

        BrowserSupport.logInToDemo(browser, deploymentUrl, "zhibu");
        browser.findElement(By.id("nav-review")).click();
        browser.findElement(By.xpath("//tbody[@id='review-form:completion-reported_data']//a[text()='" + served + "']"))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("fulfilment-form:item-content"), served));
        browser.findElement(By.id("fulfilment-form:close-out")).click();
        wait.until(ExpectedConditions.textToBe(By.id("fulfilment-form:item-status"), "已销号"));
        assertTrue(browser.findElement(By.id("fulfilment-form:item-progress")).getText().contains("100"));
        BrowserSupport.saveScreenshot(browser, "fulfilment-closed");
    }

    private void addCommitment(String category, String content, String due) {
        int rows = browser.findElements(By.cssSelector(".commitment-content")).size();
        browser.executeScript("PrimeFaces.getWidgetById('commitments-form:category').selectValue(arguments[0])",
                category);
        browser.findElement(By.id("commitments-form:content")).sendKeys(content);
        browser.findElement(By.id("commitments-form:measures")).sendKeys("建立个人台账，每月对照检查并记录进度");
        WebElement dueDate = browser.findElement(By.id("commitments-form:due_input"));
        dueDate.sendKeys(Keys.chord(Keys.CONTROL, "a"), due, Keys.ESCAPE);
        browser.findElement(By.id("commitments-form:save")).click();
        wait.until(driver -> driver.findElements(By.cssSelector(".commitment-content")).size() == rows + 1);
    }

    private void logOut() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
    }
}
