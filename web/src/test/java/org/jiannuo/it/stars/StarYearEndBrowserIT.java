package org.jiannuo.it.stars;

import static org.jiannuo.it.stars.VillageCategories.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The year-end star appraisal in the browser. The demo member, placed among the members working away (a 6-star cap),
 * assesses themselves on a 375×740 phone: 7 stars are refused in their language, 6 saved. The branch secretary's
 * rating screen then shows the quotas with their rounding, the member's self-assessment beside the spinners (filled
 * from it), refuses a seventh star and rates six, drawn as ★.
 */
class StarYearEndBrowserIT extends BrowserTestBase {

    // A target signed this year fixes the cap under the target's category: StarLogBookBrowserIT signs one for the
    // same member under the same category, so the cap is 6 whichever test runs first.
    @Test
    void aMemberAssessesThemselvesOnAPhoneAndTheSecretaryRatesWithinTheCap() throws Exception {
        JsonObject me = ok(http.api("GET", "api/v1/me", MEMBER, PASSWORD, null, null));
        long personId = me.getJsonNumber("personId").longValue();
        long branch = ok(http.api("GET", "api/v1/me", BRANCH_SECRETARY, PASSWORD, null, null))
                .getJsonNumber("unitId").longValue();
        int year = LocalDate.now().getYear();
        String appraisal = "api/v1/stars/year-end/" + branch + "/" + year;
        String before = VillageCategories.placeOverApi(http, ADMIN, PASSWORD, personId, "WORKING_AWAY");
        try {
            JsonObject started = ok(http.api("POST", appraisal, BRANCH_SECRETARY, PASSWORD, null, null));
            assertEquals("SELF", started.getString("state"));

            browser = BrowserSupport.start(375, 740);
            BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
            browser.get(deploymentUrl + "stars.xhtml?lang=zh");
            browser.findElement(By.id("to-staryear")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staryear-form:assess")));
            BrowserSupport.assertFitsPhone(browser, "phone-zh-staryear");
            setStars(browser.findElements(By.cssSelector("#staryear-form\\:self-panel input.ui-spinner-input")),
                    List.of(2, 2, 2, 1, 0));
            browser.findElement(By.id("staryear-form:assess")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staryear-form:messages"),
                    "超过了星级上限 6 星"));
            setStars(browser.findElements(By.cssSelector("#staryear-form\\:self-panel input.ui-spinner-input")),
                    List.of(2, 2, 2, 0, 0));
            browser.findElement(By.id("staryear-form:assess")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staryear-form:messages"), "自评已保存"));
            BrowserSupport.assertFitsPhone(browser, "phone-zh-staryear-saved");
            assertEquals(6, ok(http.api("GET", "api/v1/stars/year-end/own/" + year, MEMBER, PASSWORD, null, null))
                    .getInt("selfTotal"));
            BrowserSupport.quit(browser);

            // Through the peer and mass appraisals over the API: the masses' codes issued before their ballot opens.
            JsonObject peer = step(appraisal, started);
            ok(http.api("POST", "api/v1/ballots/" + peer.getJsonNumber("massOccasionId") + "/codes",
                    BRANCH_SECRETARY, PASSWORD, "{\"count\":1}", null));
            JsonObject rating = step(appraisal, step(appraisal, peer));
            assertEquals("RATING", rating.getString("state"));

            browser = BrowserSupport.start(1280, 900);
            BrowserSupport.logInToDemo(browser, deploymentUrl, "zhibu");
            browser.get(deploymentUrl + "starappraisal.xhtml?lang=zh&unit=" + branch);
            wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appraisal-form:members")));
            String rules = browser.findElement(By.id("quota-rules")).getText();
            assertTrue(rules.contains("评为 9 星及以上的党员不超过上限 10 星党员人数的 30%（向下取整）"), rules);
            assertTrue(rules.contains("评为 5 星及以上的党员不超过上限 6 星党员人数的 30%（向下取整）"), rules);
            String name = ok(http.api("GET", "api/v1/people/" + personId, ADMIN, PASSWORD, null, null))
                    .getJsonObject("profile").getString("name");
            WebElement row = memberRow(name);
            assertTrue(row.getText().contains("自评 2"), "the self-assessment beside the spinners: " + row.getText());
            List<WebElement> spinners = row.findElements(By.cssSelector("input.ui-spinner-input"));
            assertEquals(List.of("2", "2", "2", "0", "0"), spinners.stream().map(s -> s.getAttribute("value")).toList(),
                    "filled from the self-assessment");
            setStars(spinners, List.of(2, 2, 2, 1, 0));
            row.findElement(By.cssSelector("button[id$=':rate']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appraisal-form:messages"),
                    "超过了星级上限 6 星"));
            row = memberRow(name);
            setStars(row.findElements(By.cssSelector("input.ui-spinner-input")), List.of(2, 2, 2, 0, 0));
            row.findElement(By.cssSelector("button[id$=':rate']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appraisal-form:messages"), "已评定"));
            assertTrue(memberRow(name).getText().contains("★★★★★★ 6"), memberRow(name).getText());
            BrowserSupport.saveScreenshot(browser, "desktop-zh-starappraisal");
        } finally {
            VillageCategories.placeOverApi(http, ADMIN, PASSWORD, personId, before);
        }
    }

    private JsonObject step(String appraisal, JsonObject at) throws Exception {
        return ok(http.api("POST", appraisal + "/next", BRANCH_SECRETARY, PASSWORD,
                "{\"version\":" + at.getJsonNumber("version") + "}", null));
    }

    private WebElement memberRow(String name) {
        return browser.findElements(By.cssSelector("#appraisal-form\\:members tbody tr")).stream()
                .filter(row -> row.getText().contains(name)).findFirst().orElseThrow();
    }

    private void setStars(List<WebElement> spinners, List<Integer> stars) {
        assertEquals(stars.size(), spinners.size(), "a spinner per aspect");
        for (int i = 0; i < stars.size(); i++) {
            BrowserSupport.setSpinner(browser, spinners.get(i), stars.get(i));
        }
    }
}
