package org.jiannuo.it.account;

import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Accounts as a branch secretary and a new member meet them: the secretary issues accounts to the whole branch
 * over the API and gets the login slips; a member signs in on a phone with the one-time password of their slip,
 * can go nowhere but the password page, chooses a password, and signs in with it. A member appointed secretary
 * gains the secretary's screens in the session already open, and loses them when replaced. The language a
 * member switches to is kept on the account for their next session.
 */
class AccountsBrowserIT extends BrowserTestBase {

    private static final String DEMO = DemoTenantInstaller.TENANT_CODE;
    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    private static final String OWN_PASSWORD = "Dongling#Spring2026";

    @Test
    void aMemberSignsInWithTheSlipsOneTimePasswordIsMadeToChooseTheirOwnAndSignsInWithIt() throws Exception {
        long branch = okJson(http.api("GET", "api/v1/me", "zhibu@" + DEMO, PASSWORD, null, null)).getJsonNumber("unitId")
                .longValue();

        HttpResponse<String> started = http.api("POST", "api/v1/accounts/issue", "zhibu@" + DEMO, PASSWORD,
                "{\"unitId\":" + branch + "}", null);
        assertEquals(202, started.statusCode(), started.body());
        String job = okJson(started).getString("id");
        JsonObject progress = okJson(started);
        for (int poll = 0; poll < 120 && !"DONE".equals(progress.getString("phase")); poll++) {
            assertFalse("FAILED".equals(progress.getString("phase")), progress.toString());
            Thread.sleep(500);
            progress = okJson(http.api("GET", "api/v1/accounts/issue/" + job, "zhibu@" + DEMO, PASSWORD, null, null));
        }
        assertEquals("DONE", progress.getString("phase"));
        int issued = progress.getInt("issued");
        assertTrue(issued >= 10, "a demo branch has a score of people: " + progress);

        List<JsonObject> waiting = okJson(http.api("GET", "api/v1/accounts?state=ONE_TIME_PASSWORD&unit=" + branch
                + "&size=100", "zhibu@" + DEMO, PASSWORD, null, null)).getJsonArray("rows").getValuesAs(JsonObject.class);
        String slips = pdfText(http.apiBytes("GET", "api/v1/accounts/issue/" + job + "/slips", "zhibu@" + DEMO, PASSWORD));
        for (JsonObject account : waiting) {
            assertTrue(slips.contains(account.getString("username")), account + " has a slip");
        }
        assertEquals(issued, countMatches(ONE_TIME_PASSWORD.matcher(slips)), "one one-time password per slip");

        JsonObject member = waiting.get(0);
        HttpResponse<byte[]> reset = http.apiBytes("POST", "api/v1/accounts/" + member.getJsonNumber("accountId")
                + "/reset", "zhibu@" + DEMO, PASSWORD);
        assertEquals(200, reset.statusCode());
        Matcher slip = ONE_TIME_PASSWORD.matcher(pdfText(reset));
        assertTrue(slip.find(), "the reset slip carries the new one-time password");
        String username = member.getString("username");

        browser = BrowserSupport.start(375, 740);
        signIn(username, slip.group());
        waitForPage("password");
        browser.get(deploymentUrl + "commitments.xhtml");
        waitForPage("password");
        assertTrue(browser.findElement(By.id("password-form:must-change")).isDisplayed());
        assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth;") <= 375,
                "the password page fits a phone");
        BrowserSupport.saveScreenshot(browser, "password-first-sign-in-phone");

        browser.findElement(By.id("password-form:current")).sendKeys(slip.group());
        browser.findElement(By.id("password-form:new")).sendKeys("123456789012");
        browser.findElement(By.id("password-form:repeat")).sendKeys("123456789012");
        browser.findElement(By.id("password-form:change")).click();
        waitForText(By.id("password-form:messages"), "常见");

        browser.findElement(By.id("password-form:current")).sendKeys(slip.group());
        browser.findElement(By.id("password-form:new")).sendKeys(OWN_PASSWORD);
        browser.findElement(By.id("password-form:repeat")).sendKeys(OWN_PASSWORD);
        browser.findElement(By.id("password-form:change")).click();
        waitForPage("index");
        browser.findElement(By.id("logout")).click();
        waitForPage("login");

        signIn(username, OWN_PASSWORD);
        waitForPage("index");
        assertTrue(browser.findElement(By.id("welcome")).getText().startsWith("欢迎，"));

        browser.get(deploymentUrl + "index.xhtml?lang=en");
        assertTrue(browser.findElement(By.id("welcome")).getText().startsWith("Welcome, "));
        browser.findElement(By.id("logout")).click();
        waitForPage("login");
        browser.manage().deleteAllCookies();
        signIn(username, OWN_PASSWORD);
        waitForPage("index");
        assertTrue(browser.findElement(By.id("welcome")).getText().startsWith("Welcome, "),
                "the account keeps the language its holder chose, for the next session and for reminders");
    }

    @Test
    void aMemberAppointedSecretaryGainsTheReviewScreenInTheOpenSessionAndLosesItWhenReplaced() throws Exception {
        JsonObject secretary = okJson(http.api("GET", "api/v1/me", "zhibu@" + DEMO, PASSWORD, null, null));
        long memberId = okJson(http.api("GET", "api/v1/me", "dangyuan@" + DEMO, PASSWORD, null, null))
                .getJsonNumber("personId").longValue();
        long branch = secretary.getJsonNumber("unitId").longValue();
        browser = BrowserSupport.start(1280, 900);
        signIn("dangyuan", PASSWORD);
        waitForPage("index");
        assertTrue(browser.findElements(By.id("nav-review")).isEmpty(), "a member reviews nothing");

        try {
            assertEquals(204, http.api("POST", "api/v1/people/" + memberId + "/posts", "admin@" + DEMO, PASSWORD,
                    "{\"kind\":\"SECRETARY\",\"unitId\":" + branch + "}", null).statusCode());
            browser.navigate().refresh();
            assertFalse(browser.findElements(By.id("nav-review")).isEmpty(), "the open session is the secretary's now");
            browser.get(deploymentUrl + "review.xhtml");
            BrowserSupport.saveScreenshot(browser, "appointed-secretary-review");
        } finally {
            assertEquals(204, http.api("POST", "api/v1/people/" + secretary.getJsonNumber("personId") + "/posts",
                    "admin@" + DEMO, PASSWORD, "{\"kind\":\"SECRETARY\",\"unitId\":" + branch + "}", null).statusCode());
        }
        browser.get(deploymentUrl + "index.xhtml");
        assertTrue(browser.findElements(By.id("nav-review")).isEmpty(), "replaced: the screen is gone");
    }

    @Test
    void theDepartmentEndsAPostAndTakesAPersonOffTheRosterOnTheirPage() throws Exception {
        String admin = "admin@" + DEMO;
        String memberBranch = okJson(http.api("GET", "api/v1/people/" + okJson(http.api("GET", "api/v1/me",
                "dangyuan@" + DEMO, PASSWORD, null, null)).getJsonNumber("personId"), admin, PASSWORD, null, null))
                .getString("unitName");
        JsonObject leaving = null;
        for (JsonObject row : okJson(http.api("GET", "api/v1/people?status=FULL_MEMBER&sort=NAME&desc=true&size=200",
                admin, PASSWORD, null, null)).getJsonArray("rows").getValuesAs(JsonObject.class)) {
            if (!row.getString("unitName").equals(memberBranch) && http.api("GET", "api/v1/people/"
                    + row.getJsonNumber("id") + "/posts", admin, PASSWORD, null, null).body().equals("[]")) {
                leaving = row;
                break;
            }
        }
        assertNotNull(leaving, "a full member elsewhere who holds no post");
        String person = "api/v1/people/" + leaving.getJsonNumber("id");
        assertEquals(204, http.api("POST", person + "/posts", admin, PASSWORD, "{\"kind\":\"LEADER\"}", null)
                .statusCode());

        browser = BrowserSupport.start(1280, 900);
        signIn("admin", PASSWORD);
        waitForPage("index");
        browser.get(deploymentUrl + "person.xhtml?id=" + leaving.getJsonNumber("id"));
        assertTrue(browser.findElement(By.id("person-form:posts")).getText().contains("领导"));
        browser.findElement(By.cssSelector("[id^='person-form:posts:0:'].ui-button")).click();
        confirm();
        waitForText(By.id("person-form:posts"), "未担任职务");
        assertEquals("[]", http.api("GET", person + "/posts", admin, PASSWORD, null, null).body(), "the post ended");

        // Chosen through the widget: a click on the opening panel's item may land before its animation ends.
        browser.executeScript("PF('departureReason').selectValue('TRANSFERRED_OUT')");
        assertEquals("组织关系转出", browser.findElement(By.id("person-form:departure-reason_label")).getText());
        browser.findElement(By.id("person-form:depart")).click();
        confirm();
        waitForText(By.id("person-form:departed"), "组织关系转出");
        assertTrue(browser.findElements(By.id("person-form:save")).isEmpty(), "the record is no longer edited");
        BrowserSupport.saveScreenshot(browser, "person-departed");

        long id = leaving.getJsonNumber("id").longValue();
        assertTrue(okJson(http.api("GET", "api/v1/people?departed=true&size=500", admin, PASSWORD, null, null))
                .getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .anyMatch(row -> row.getJsonNumber("id").longValue() == id), "listed among those who left");
    }

    private void confirm() {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))).click();
    }

    private void waitForText(By element, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                element, text));
    }

    private void signIn(String username, String password) {
        browser.get(deploymentUrl + "login.xhtml");
        browser.findElement(By.id("tenant")).sendKeys(DEMO);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    private void waitForPage(String page) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.urlMatches("/" + page + "\\.xhtml(\\?.*)?$"));
    }

    /** The answer's JSON, once it is known to be a success. */
    private static JsonObject okJson(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 300, response.statusCode() + " " + response.body());
        return json(response);
    }

    private static String pdfText(HttpResponse<byte[]> response) throws Exception {
        assertEquals(200, response.statusCode());
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int countMatches(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
