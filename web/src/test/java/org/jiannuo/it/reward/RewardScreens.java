package org.jiannuo.it.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.HttpSession;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screens and API calls of {@link RewardScreensIT}, from the test's own process: apart from the test class, whose
 * in-container part has no browser classes to load.
 */
final class RewardScreens {

    private final URL deploymentUrl;
    private final String tenant;
    private final String password;
    private final HttpSession http;

    RewardScreens(URL deploymentUrl, String tenant, String password) throws Exception {
        this.deploymentUrl = deploymentUrl;
        this.tenant = tenant;
        this.password = password;
        this.http = new HttpSession(deploymentUrl.toURI());
    }

    void check() throws Exception {
        String secretary = StandardLogin.BRANCH_SECRETARY.username() + "@" + tenant;
        String member = StandardLogin.MEMBER.username() + "@" + tenant;
        long memberId = json(http.api("GET", "api/v1/me", member, password, null, null)).getJsonNumber("personId")
                .longValue();
        long unit = json(http.api("GET", "api/v1/me", secretary, password, null, null)).getJsonNumber("unitId")
                .longValue();
        String summary = "api/v1/annual-summary?unit=" + unit + "&year=" + LocalDate.now().getYear();

        // The API: the branch's figures for its secretary, with the year-end results.
        HttpResponse<String> read = http.api("GET", summary, secretary, password, null, null);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject overview = json(read);
        JsonObject total = overview.getJsonObject("total");
        assertEquals(1, total.getInt("excellent"), total.toString());
        assertEquals(1, total.getInt("unqualified"), total.toString());
        JsonObject own = overview.getJsonArray("roster").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getJsonNumber("personId").longValue() == memberId).findFirst().orElseThrow();
        assertEquals("UNQUALIFIED", own.getString("result"));
        String memberName = own.getString("name");
        HttpResponse<byte[]> pdf = http.getBytes(summary.replace("annual-summary?", "annual-summary/export?")
                + "&format=PDF", secretary, password);
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains(memberName.replaceAll("\\s+", "")), text);
        }
        HttpResponse<byte[]> xlsx = http.getBytes(summary.replace("annual-summary?", "annual-summary/export?")
                + "&format=XLSX", secretary, password);
        assertEquals(200, xlsx.statusCode());
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1), "an XLSX file");

        // Refused: a member, another tenant's department (the unit is not theirs to know), anyone unsigned.
        String otherTenant = StandardLogin.ADMIN.username() + "@" + Fixtures.TENANT_A;
        for (String path : List.of(summary, summary.replace("annual-summary?", "annual-summary/export?"))) {
            assertEquals(404, http.getBytes(path, member, password).statusCode(), path);
            assertEquals(404, http.getBytes(path, otherTenant, Fixtures.PASSWORD).statusCode(), path);
            assertEquals(401, http.get(path).statusCode(), path);
        }

        ChromeDriver browser = BrowserSupport.start(BrowserSupport.PHONE_WIDTH, 740);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            // The member's personal rectification on a phone: read and reported.
            BrowserSupport.logIn(browser, deploymentUrl, tenant, StandardLogin.MEMBER.username(), password);
            browser.get(deploymentUrl + "myrectification.xhtml");
            WebElement form = browser.findElement(By.id("my-rectification-form"));
            assertTrue(form.getText().contains("践诺不力，群众意见较大，限期整改"), form.getText());
            assertTrue(form.getText().contains("整改中"), form.getText());
            BrowserSupport.assertFitsPhone(browser, "myrectification-phone");
            browser.findElement(By.cssSelector("textarea[id$=':report']")).sendKeys("已补齐承诺事项并向群众作出说明");
            WebElement report = browser.findElement(By.cssSelector("button[id$=':report-done']"));
            report.click();
            wait.until(ExpectedConditions.stalenessOf(report));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-rectification-form"), "已报告待核实"));
            assertTrue(browser.findElement(By.id("my-rectification-form")).getText()
                    .contains("已补齐承诺事项并向群众作出说明"));
            BrowserSupport.assertFitsPhone(browser, "myrectification-reported-phone");

            // The branch's year on the annual summary screen, at a desk.
            browser.manage().deleteAllCookies();
            browser.manage().window().setSize(new Dimension(1280, 1000));
            BrowserSupport.logIn(browser, deploymentUrl, tenant, StandardLogin.BRANCH_SECRETARY.username(), password);
            browser.get(deploymentUrl + "annual.xhtml");
            assertEquals(total.getString("unitName"), browser.findElement(By.id("unit-name")).getText());
            assertTrue(browser.findElement(By.id("annual-form:result-chart")).isDisplayed(), "the results' chart");
            assertTrue(browser.findElement(By.id("annual-form:grade-chart")).isDisplayed(), "the grades' chart");
            String comparison = browser.findElement(By.id("annual-form:comparison")).getText();
            assertTrue(comparison.contains(total.getString("unitName")), comparison);
            String roster = browser.findElement(By.id("annual-form:roster")).getText();
            assertTrue(roster.contains(memberName) && roster.contains("不合格") && roster.contains("优秀"), roster);
            BrowserSupport.saveScreenshot(browser, "annual-branch");
        } finally {
            BrowserSupport.quit(browser);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
