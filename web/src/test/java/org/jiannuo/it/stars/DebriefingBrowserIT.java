package org.jiannuo.it.stars;

import static org.jiannuo.it.stars.VillageCategories.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo member writes their half-year debriefing on a 375×740 phone once placed in a village category: the page
 * fits, the debriefing is saved and read back over the API; 我的创星 is in their navigation only while they are a
 * village member.
 */
class DebriefingBrowserIT extends BrowserTestBase {

    @Test
    void aVillageMemberDebriefsOnAPhone() throws Exception {
        long personId = ok(http.api("GET", "api/v1/me", MEMBER, PASSWORD, null, null))
                .getJsonNumber("personId").longValue();
        String before = VillageCategories.placeOverApi(http, ADMIN, PASSWORD, personId, null);
        try {
            browser = BrowserSupport.start(375, 740);
            BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
            browser.get(deploymentUrl + "index.xhtml?lang=zh");
            assertTrue(browser.findElements(By.id("nav-stars")).isEmpty(),
                    "a member of no village has no star screens in the navigation");

            VillageCategories.placeOverApi(http, ADMIN, PASSWORD, personId, "FARMING_IN_VILLAGE");
            browser.get(deploymentUrl + "stars.xhtml?lang=zh");
            assertEquals(1, browser.findElements(By.id("nav-stars")).size(), "a village member finds 我的创星");
            browser.findElement(By.id("to-debriefing")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("debriefing-form:achievements")));
            BrowserSupport.assertFitsPhone(browser, "phone-zh-debriefing");

            String achievements = "带头清理村道六次，联系两户群众解决灌溉用水";
            browser.findElement(By.id("debriefing-form:achievements")).clear();
            browser.findElement(By.id("debriefing-form:achievements")).sendKeys(achievements);
            browser.findElement(By.id("debriefing-form:shortcomings")).clear();
            browser.findElement(By.id("debriefing-form:shortcomings")).sendKeys("政治理论学习不够系统");
            browser.findElement(By.id("debriefing-form:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("debriefing-form:messages"), "述职已保存"));
            BrowserSupport.assertFitsPhone(browser, "phone-zh-debriefing-saved");

            LocalDate today = LocalDate.now();
            String half = today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
            JsonObject saved = ok(http.api("GET", "api/v1/stars/pre-assessments/debriefings/own/" + half, MEMBER,
                    PASSWORD, null, null));
            assertEquals(achievements, saved.getString("achievements"));
            assertEquals(false, saved.getBoolean("submitted"));
        } finally {
            VillageCategories.placeOverApi(http, ADMIN, PASSWORD, personId, before);
        }
    }

}
