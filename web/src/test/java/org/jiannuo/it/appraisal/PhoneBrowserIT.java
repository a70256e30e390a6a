package org.jiannuo.it.appraisal;

import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The demo member on a 375×740 phone: every screen a member uses fits the window with no sideways
 * scrolling, in Chinese and in English, and the monthly record takes a photo from the camera. (The
 * open ballot on a phone is in {@link AppraisalBrowserIT}.)
 */
class PhoneBrowserIT extends BrowserTestBase {

    private static final int WIDTH = 375;

    private long me;

    @Test
    void everyScreenOfAMemberFitsAPhone() throws Exception {
        // Next year's items, so that this year's counts of the other tests stay as they are.
        int year = LocalDate.now().getYear() + 1;
        long commitment = approvedCommitmentOfTheMember(year);

        browser = BrowserSupport.start(WIDTH, 740);
        BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
        assertTrue(browser.getCurrentUrl().endsWith("/index.xhtml"), browser.getCurrentUrl());
        List<String> screens = List.of("index.xhtml", "commitments.xhtml", "commitments.xhtml?year=" + year,
                "fulfilment.xhtml?commitment=" + commitment, "grades.xhtml", "vote.xhtml", "person.xhtml?id=" + me);
        List<String> tooWide = new ArrayList<>();
        try {
            for (String language : List.of("zh", "en")) {
                browser.get(deploymentUrl + "index.xhtml?lang=" + language);
                for (String screen : screens) {
                    browser.get(deploymentUrl + screen);
                    long viewport = (Long) browser.executeScript("return window.innerWidth;");
                    long page = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                    assertTrue(viewport <= WIDTH, "a phone-sized window: " + viewport);
                    if (page > viewport) {
                        tooWide.add(screen + " (" + language + "): " + page + " px");
                    }
                    BrowserSupport.saveScreenshot(browser, "phone-" + language + "-" + screen.replaceAll("\\W+", "-"));
                }
            }
        } finally {
            // The switch is kept on the account: the demo member reads Chinese again for the other tests.
            browser.get(deploymentUrl + "index.xhtml?lang=zh");
        }
        assertEquals(List.of(), tooWide, "screens wider than a " + WIDTH + " px phone");

        browser.get(deploymentUrl + "commitments.xhtml?year=" + year);
        assertEquals(2, browser.findElements(By.cssSelector("#commitments-form\\:items .commitment-content")).size());
        browser.get(deploymentUrl + "fulfilment.xhtml?commitment=" + commitment);
        String accepted = browser.findElement(By.id("fulfilment-form:record-files_input")).getAttribute("accept");
        assertTrue(accepted.contains("image/*"), "the phone offers its camera for the record's photo: " + accepted);
    }

    /** Two items of the member for the year, submitted and approved by the branch; the first one's id. */
    private long approvedCommitmentOfTheMember(int year) throws Exception {
        JsonObject rules = okJson(http.api("GET", "api/v1/commitments/rules/" + year, ADMIN, PASSWORD, null, null));
        String open = Json.createObjectBuilder(rules).add("publicationDeadline", year + "-12-31").build().toString();
        assertEquals(200, http.api("PUT", "api/v1/commitments/rules/" + year, ADMIN, PASSWORD, open, null).statusCode());
        me = okJson(http.api("GET", "api/v1/me", MEMBER, PASSWORD, null, null)).getJsonNumber("personId").longValue();
        String mine = "api/v1/commitments?person=" + me + "&year=" + year;
        List<Long> ids = new ArrayList<>();
        for (String[] item : List.of(
                new String[] {"学习", "系统学习党章党规，每季度撰写一篇不少于一千字的学习心得并在支部交流"},
                new String[] {"服务", "每月至少一次上门看望本村独居老人，帮助打扫卫生、代购药品和生活用品"})) {
            String draft = Json.createObjectBuilder().add("kind", "ANNUAL").add("category", item[0])
                    .add("content", item[1]).add("measures", "建立个人台账，每月对照检查，拍照记录服务情况")
                    .add("dueDate", year + "-12-31").build().toString();
            HttpResponse<String> created = http.api("POST", mine, MEMBER, PASSWORD, draft, null);
            assertEquals(200, created.statusCode(), created.body());
            ids.add(okJson(created).getJsonNumber("id").longValue());
        }
        HttpResponse<String> submitted = http.api("POST", "api/v1/commitments/submission?person=" + me + "&year=" + year,
                MEMBER, PASSWORD, "{}", null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        List<JsonObject> queue = okJson(http.api("GET", "api/v1/commitments/review?year=" + year + "&size=500",
                BRANCH_SECRETARY, PASSWORD, null, null)).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(line -> ids.contains(line.getJsonNumber("id").longValue())).toList();
        assertEquals(2, queue.size(), "both items wait for the branch");
        for (JsonObject line : queue) {
            HttpResponse<String> approved = http.api("POST", "api/v1/commitments/" + line.getJsonNumber("id") + "/decision",
                    BRANCH_SECRETARY, PASSWORD,
                    "{\"version\":" + line.getJsonNumber("version") + ",\"outcome\":\"APPROVE\"}", null);
            assertEquals(200, approved.statusCode(), approved.body());
        }
        return ids.get(0);
    }

    /** The answer's JSON, once it is known to be a success. */
    private static JsonObject okJson(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }
}
