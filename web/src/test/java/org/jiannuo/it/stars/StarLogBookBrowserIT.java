package org.jiannuo.it.stars;

import static org.jiannuo.it.stars.VillageCategories.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo member, placed in a village category for the test, writes a page of the star log book with a photo on
 * a 375×740 phone: the page fits, the entry and its photo are listed and read back over the API.
 */
class StarLogBookBrowserIT extends BrowserTestBase {

    private static final int WIDTH = 375;

    @Test
    void aMemberWritesTheLogBookOnAPhone() throws Exception {
        long personId = ok(http.api("GET", "api/v1/me", MEMBER, PASSWORD, null, null))
                .getJsonNumber("personId").longValue();
        // Working away, as StarYearEndBrowserIT places them: the target signed here fixes the member's cap for the
        // year's appraisal, whichever of the two runs first.
        String before = VillageCategories.placeOverApi(http, ADMIN, PASSWORD, personId, "WORKING_AWAY");
        try {
            browser = BrowserSupport.start(WIDTH, 740);
            BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
            browser.get(deploymentUrl + "stars.xhtml?lang=zh");
            long viewport = (Long) browser.executeScript("return window.innerWidth;");
            long page = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            assertTrue(viewport <= WIDTH, "a phone-sized window: " + viewport);
            assertTrue(page <= viewport, "the log book page is wider than the phone: " + page + " px");

            String text = "参加村党支部远程教育学习，观看乡村振兴专题片";
            browser.findElement(By.id("stars-form:entry-text")).sendKeys(text);
            Path photo = Files.createTempFile("study", ".png");
            Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0});
            browser.findElement(By.id("stars-form:entry-photos_input")).sendKeys(photo.toAbsolutePath().toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stars-form:pending-photos"),
                    photo.getFileName().toString()));
            browser.findElement(By.id("stars-form:write-entry")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stars-form:messages"), "已记入纪实手册"));
            assertTrue(browser.findElement(By.id("stars-form:entries")).getText().contains(text));
            assertEquals(1, browser.findElements(By.cssSelector("#stars-form\\:entries a.photo-link")).size());
            BrowserSupport.saveScreenshot(browser, "phone-zh-star-log-book");

            JsonArray log = Json.createReader(new StringReader(http.api("GET", "api/v1/village/log/" + personId
                    + "/" + LocalDate.now().getYear(), MEMBER, PASSWORD, null, null).body())).readArray();
            JsonObject written = log.getValuesAs(JsonObject.class).stream()
                    .filter(entry -> entry.getString("text").equals(text)).findFirst().orElseThrow();
            assertEquals("STUDY", written.getString("kind"));
            assertEquals(1, written.getJsonArray("photos").size());

            // The member aims and claims a post over the API, the secretary signs: the target is posted on the board.
            int year = LocalDate.now().getYear();
            String target = "api/v1/stars/targets/" + personId + "/" + year;
            ok(http.api("PUT", target, MEMBER, PASSWORD,
                    "{\"version\":0,\"stars\":{\"IDEOLOGY\":2,\"LAW\":1},\"measures\":\"每月学习两次\"}", null));
            ok(http.api("POST", "api/v1/stars/claims/" + personId + "/" + year, MEMBER, PASSWORD,
                    "{\"basicPost\":\"VILLAGE_AFFAIRS_ADVICE\",\"duty\":\"为村务建言\"}", null));
            long version = ok(http.api("GET", target, BRANCH_SECRETARY, PASSWORD, null, null))
                    .getJsonNumber("version").longValue();
            assertEquals(403, http.api("POST", target + "/signature", MEMBER, PASSWORD,
                    "{\"version\":" + version + "}", null).statusCode(), "a member does not sign their own letter");
            ok(http.api("POST", target + "/signature", BRANCH_SECRETARY, PASSWORD, "{\"version\":" + version + "}", null));
            assertEquals(200, http.apiBytes("GET", target + "/letter", MEMBER, PASSWORD).statusCode());
            JsonObject address = ok(http.api("GET", "api/v1/board", MEMBER, PASSWORD, null, null));
            String board = http.get("board/person.xhtml?t=" + address.getString("tenantKey") + "&p="
                    + address.getString("personKey")).body();
            assertTrue(board.contains("★★★☆"), "the signed target is posted: " + board);

            // The secretary's and the department's screens show the member and the rules.
            long unit = ok(http.api("GET", "api/v1/me", BRANCH_SECRETARY, PASSWORD, null, null))
                    .getJsonNumber("unitId").longValue();
            assertEquals(403, http.api("POST", "api/v1/village/households", MEMBER, PASSWORD, "{\"unitId\":" + unit
                    + ",\"version\":0,\"head\":\"张大力\",\"address\":\"东岭村\"}", null).statusCode(),
                    "a member keeps no households");
            browser.manage().deleteAllCookies();
            BrowserSupport.logInToDemo(browser, deploymentUrl, "admin");
            browser.get(deploymentUrl + "village.xhtml?lang=zh&unit=" + unit);
            String name = ok(http.api("GET", "api/v1/people/" + personId, ADMIN, PASSWORD, null, null))
                    .getJsonObject("profile").getString("name");
            assertTrue(browser.findElement(By.id("village-form:members")).getText().contains(name));
            browser.get(deploymentUrl + "starrules.xhtml?lang=zh");
            assertTrue(browser.findElement(By.id("starrules-form:caps")).getText().contains("在村务农党员"));
        } finally {
            VillageCategories.placeOverApi(http, ADMIN, PASSWORD, personId, before);
        }
    }

}
