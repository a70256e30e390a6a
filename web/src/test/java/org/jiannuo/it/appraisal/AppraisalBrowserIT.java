package org.jiannuo.it.appraisal;

import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The branch keeps the meeting over the REST API (held today, everyone present, the ballot open);
 * the member votes in a phone-sized window; the branch closes the ballot, and the API answers with
 * the turnout, withholds the counts of a single ballot, refuses a second ballot and the results to
 * the member, and serves the evaluation table.
 */
class AppraisalBrowserIT extends BrowserTestBase {

    @Test
    void aMemberVotesOnAPhoneAndTheBallotStaysSecret() throws Exception {
        browser = BrowserSupport.start(375, 740);
        long branch = json(http.api("GET", "api/v1/me", BRANCH_SECRETARY, PASSWORD, null, null))
                .getJsonNumber("unitId").longValue();
        String today = LocalDate.now().toString();
        // The demo holds this year's meetings itself: the test holds one of last year's, late, for a ballot of its own.
        String hold = "{\"unitId\":" + branch + ",\"kind\":\"ORGANIZATION_LIFE\",\"period\":\""
                + YearMonth.now().minusYears(1) + "\",\"heldOn\":\"" + today + "\",\"topic\":\"补开组织生活会\"}";
        assertEquals(403, http.api("POST", "api/v1/meetings", MEMBER, PASSWORD, hold, null).statusCode(),
                "a member keeps no meeting record");
        HttpResponse<String> held = http.api("POST", "api/v1/meetings", BRANCH_SECRETARY, PASSWORD, hold, null);
        assertEquals(200, held.statusCode(), held.body());
        JsonObject meeting = json(held);
        long id = meeting.getJsonObject("summary").getJsonNumber("id").longValue();
        String everyone = meeting.getJsonArray("roster").stream().map(JsonValue::asJsonObject)
                .map(line -> "\"" + line.getJsonNumber("personId") + "\":\"PRESENT\"")
                .collect(Collectors.joining(",", "{\"presence\":{", "}}"));
        assertEquals(200, http.api("PUT", "api/v1/meetings/" + id + "/attendance", BRANCH_SECRETARY, PASSWORD,
                everyone, null).statusCode());
        assertEquals(200, http.api("POST", "api/v1/meetings/" + id + "/ballot", BRANCH_SECRETARY, PASSWORD,
                "{\"mode\":\"ELECTRONIC\"}", null).statusCode());

        BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
        browser.get(deploymentUrl + "vote.xhtml?meeting=" + id);
        List<WebElement> rows = browser.findElements(By.cssSelector(".vote-card"));
        assertFalse(rows.isEmpty(), "the ballot lists the subjects");
        for (int i = 0; i < rows.size(); i++) {
            List<WebElement> options = rows.get(i).findElements(By.cssSelector(".ui-button"));
            assertEquals(5, options.size(), "好 较好 一般 差 不了解");
            options.get(i % 2 == 0 ? 0 : 4).click();
        }
        Number pageWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) browser.executeScript("return window.innerWidth;");
        assertTrue(pageWidth.intValue() <= viewport.intValue(),
                "the ballot fits a phone without sideways scrolling: " + pageWidth + " > " + viewport);
        BrowserSupport.saveScreenshot(browser, "vote-on-phone");
        browser.findElement(By.id("vote-form:cast-ballot")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("vote-form:vote-done")));
        assertTrue(browser.findElements(By.cssSelector(".vote-card")).isEmpty(), "the ballot is gone once cast");
        browser.get(deploymentUrl + "vote.xhtml?meeting=" + id);
        assertTrue(browser.findElement(By.id("vote-form:vote-done")).getText().contains("已投票"),
                "coming back says the vote is in, not what it was");

        String subjects = json(http.api("GET", "api/v1/meetings/" + id + "/ballot", MEMBER, PASSWORD, null, null))
                .getJsonArray("subjects").stream().map(JsonValue::asJsonObject)
                .map(subject -> "\"" + subject.getString("key") + "\":\"GOOD\"")
                .collect(Collectors.joining(",", "{\"choices\":{", "}}"));
        HttpResponse<String> again = http.api("POST", "api/v1/meetings/" + id + "/ballot/votes", MEMBER, PASSWORD,
                subjects, null);
        assertEquals(422, again.statusCode());
        assertTrue(again.body().contains("您已经投过票了"), again.body());

        JsonObject closed = json(http.api("POST", "api/v1/meetings/" + id + "/ballot/close", BRANCH_SECRETARY,
                PASSWORD, null, null));
        assertEquals(1, closed.getInt("ballotsCast"));
        assertEquals(403, http.api("GET", "api/v1/meetings/" + id + "/ballot/results", MEMBER, PASSWORD, null, null)
                .statusCode(), "a member does not read the counts");
        JsonObject results = json(http.api("GET", "api/v1/meetings/" + id + "/ballot/results", BRANCH_SECRETARY,
                PASSWORD, null, null));
        assertFalse(results.getBoolean("shown"), "one ballot would give the voter away: counts withheld");
        assertTrue(results.getJsonArray("subjects").stream().map(JsonValue::asJsonObject)
                .allMatch(subject -> !subject.containsKey("tally") || subject.isNull("tally")));

        HttpResponse<byte[]> table = http.getBytes("api/v1/meetings/" + id + "/evaluation-table?format=pdf",
                BRANCH_SECRETARY, PASSWORD);
        assertEquals(200, table.statusCode());
        try (PDDocument document = Loader.loadPDF(table.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("党员干部职工“星级先锋”评价表"), text);
            assertTrue(text.contains("★ 先锋"), "the legend names the grades with their symbols: " + text);
        }
    }

    @Test
    void theSecretaryRunsTheBallotFromTheMeetingScreen() throws Exception {
        browser = BrowserSupport.start(1280, 1000);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        long branch = json(http.api("GET", "api/v1/me", BRANCH_SECRETARY, PASSWORD, null, null))
                .getJsonNumber("unitId").longValue();
        YearMonth monthLastYear = YearMonth.now().minusMonths(1).minusYears(1);
        JsonObject meeting = json(http.api("POST", "api/v1/meetings", BRANCH_SECRETARY, PASSWORD, "{\"unitId\":"
                + branch + ",\"kind\":\"ORGANIZATION_LIFE\",\"period\":\"" + monthLastYear + "\",\"heldOn\":\""
                + monthLastYear.atDay(26) + "\"}", null));
        long id = meeting.getJsonObject("summary").getJsonNumber("id").longValue();
        assertEquals("LATE", meeting.getJsonObject("summary").getString("timeliness"), "the 26th is late");
        String everyone = meeting.getJsonArray("roster").stream().map(JsonValue::asJsonObject)
                .map(line -> "\"" + line.getJsonNumber("personId") + "\":\"PRESENT\"")
                .collect(Collectors.joining(",", "{\"presence\":{", "}}"));
        http.api("PUT", "api/v1/meetings/" + id + "/attendance", BRANCH_SECRETARY, PASSWORD, everyone, null);

        BrowserSupport.logInToDemo(browser, deploymentUrl, "zhibu");
        browser.findElement(By.id("nav-meetings")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetings-form:meeting-list")));
        assertFalse(browser.findElements(By.cssSelector("a.open-meeting[href*='id=" + id + "']")).isEmpty(),
                "the branch's meeting is listed");
        browser.get(deploymentUrl + "meeting.xhtml?id=" + id);
        tab("投票").click();
        browser.findElement(By.id("meeting-form:tabs:open-electronic")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("meeting-form:tabs:close-ballot")));
        assertTrue(browser.findElement(By.id("vote-url")).getText().contains("vote.xhtml?meeting=" + id),
                "the screen tells attendees where to vote");

        String subjects = json(http.api("GET", "api/v1/meetings/" + id + "/ballot", MEMBER, PASSWORD, null, null))
                .getJsonArray("subjects").stream().map(JsonValue::asJsonObject)
                .map(subject -> "\"" + subject.getString("key") + "\":\"FAIRLY_GOOD\"")
                .collect(Collectors.joining(",", "{\"choices\":{", "}}"));
        assertEquals(204, http.api("POST", "api/v1/meetings/" + id + "/ballot/votes", MEMBER, PASSWORD, subjects,
                null).statusCode());
        browser.get(deploymentUrl + "meeting.xhtml?id=" + id);
        tab("投票").click();
        WebElement close = wait.until(ExpectedConditions.elementToBeClickable(
                By.id("meeting-form:tabs:close-ballot")));
        assertTrue(browser.findElement(By.id("turnout")).getText().contains("1"), "one ballot is in");
        close.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-form:tabs:results-withheld")));
        tab("评定与公示").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cap-rule"),
                "先锋不超过参评人数的 15%（四舍五入）"));
        BrowserSupport.saveScreenshot(browser, "meeting-grades");
    }

    private WebElement tab(String title) {
        return browser.findElement(By.xpath("//ul[contains(@class,'ui-tabs-nav')]//a[contains(.,'" + title + "')]"));
    }
}
