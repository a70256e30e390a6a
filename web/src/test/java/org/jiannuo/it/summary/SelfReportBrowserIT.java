package org.jiannuo.it.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo branch's half-year bulletin over the API (drafted, refused to a leader and hidden from members until
 * published, then printed), and the demo member's self-report page on a 375×740 phone: it fits in both languages,
 * saves the report and lists the published bulletin.
 */
class SelfReportBrowserIT extends BrowserTestBase {

    private static final String LEADER = "lingdao@" + DemoTenantInstaller.TENANT_CODE;
    private static final int WIDTH = 375;

    @Test
    void theBranchPublishesItsBulletinAndTheMemberReportsOnAPhone() throws Exception {
        long bulletin = publishedBulletinOfTheDemoBranch();

        browser = BrowserSupport.start(WIDTH, 740);
        BrowserSupport.logInToDemo(browser, deploymentUrl, "dangyuan");
        List<String> tooWide = new ArrayList<>();
        try {
            for (String language : List.of("en", "zh")) {
                browser.get(deploymentUrl + "selfreport.xhtml?lang=" + language);
                long viewport = (Long) browser.executeScript("return window.innerWidth;");
                long page = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                assertTrue(viewport <= WIDTH, "a phone-sized window: " + viewport);
                if (page > viewport) {
                    tooWide.add(language + ": " + page + " px");
                }
                BrowserSupport.saveScreenshot(browser, "phone-" + language + "-selfreport");
            }
        } finally {
            browser.get(deploymentUrl + "index.xhtml?lang=zh");
        }
        assertEquals(List.of(), tooWide, "the self-report page is wider than a " + WIDTH + " px phone");

        browser.get(deploymentUrl + "selfreport.xhtml");
        assertTrue(browser.findElement(By.id("selfreport-form:bulletins")).getText().contains("半年通报"),
                "the published bulletin is listed for the member");
        assertTrue(browser.findElement(By.id("selfreport-form:bulletins")).getAttribute("innerHTML")
                .contains("/api/v1/bulletins/" + bulletin + "/pdf"));
        browser.findElement(By.id("selfreport-form:done")).clear();
        browser.findElement(By.id("selfreport-form:done")).sendKeys("两项承诺已完成并销号");
        browser.findElement(By.id("selfreport-form:undone")).clear();
        browser.findElement(By.id("selfreport-form:undone")).sendKeys("党员示范岗建设因场地未落实推迟");
        browser.findElement(By.id("selfreport-form:next")).clear();
        browser.findElement(By.id("selfreport-form:next")).sendKeys("九月底前落实场地并挂牌");
        browser.findElement(By.id("selfreport-form:save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("selfreport-form:messages"), "报告已保存"));
        BrowserSupport.saveScreenshot(browser, "phone-zh-selfreport-saved");

        JsonObject own = ok(http.api("GET", "api/v1/self-reports/mine/" + half(), MEMBER, PASSWORD, null, null));
        assertEquals("九月底前落实场地并挂牌", own.getString("nextSteps"));
        assertTrue(!own.containsKey("submittedAt") || own.isNull("submittedAt"), "saved, not submitted: " + own);
    }

    /** The demo branch's bulletin of the half just ended, drafted and published over the API; its id. */
    private long publishedBulletinOfTheDemoBranch() throws Exception {
        long unit = ok(http.api("GET", "api/v1/me", BRANCH_SECRETARY, PASSWORD, null, null))
                .getJsonNumber("unitId").longValue();
        String period = Period.lastEndedBefore(LocalDate.now(), PeriodKind.HALF_YEAR).toString();
        JsonObject draft = ok(http.api("POST", "api/v1/bulletins", BRANCH_SECRETARY, PASSWORD,
                "{\"unitId\":" + unit + ",\"kind\":\"HALF_YEAR_BULLETIN\",\"period\":\"" + period + "\"}", "zh-CN"));
        long id = draft.getJsonNumber("id").longValue();
        assertEquals(404, http.api("GET", "api/v1/bulletins/" + id, MEMBER, PASSWORD, null, null).statusCode(),
                "a draft is not the members' to read");
        assertEquals(200, http.api("GET", "api/v1/bulletins/" + id, LEADER, PASSWORD, null, null).statusCode());
        assertEquals(403, http.api("POST", "api/v1/bulletins/" + id + "/publish", LEADER, PASSWORD,
                "{\"version\":" + draft.getJsonNumber("version") + "}", null).statusCode(), "leaders only read");
        JsonObject text = draft.getJsonObject("text");
        JsonObject edited = ok(http.api("PUT", "api/v1/bulletins/" + id, BRANCH_SECRETARY, PASSWORD,
                Json.createObjectBuilder().add("version", draft.getJsonNumber("version"))
                        .add("body", text.getString("body") + "望全体党员对照承诺抓好落实。")
                        .add("praised", text.getString("praised")).add("urged", text.getString("urged"))
                        .build().toString(), null));
        HttpResponse<String> published = http.api("POST", "api/v1/bulletins/" + id + "/publish", BRANCH_SECRETARY,
                PASSWORD, "{\"version\":" + edited.getJsonNumber("version") + "}", null);
        assertEquals(200, published.statusCode(), published.body());
        assertEquals(403, http.api("PUT", "api/v1/bulletins/" + id, MEMBER, PASSWORD,
                "{\"version\":0,\"body\":\"x\",\"praised\":\"\",\"urged\":\"\"}", null).statusCode());
        HttpResponse<String> again = http.api("PUT", "api/v1/bulletins/" + id, BRANCH_SECRETARY, PASSWORD,
                "{\"version\":" + ok(published).getJsonNumber("version") + ",\"body\":\"x\",\"praised\":\"\",\"urged\":\"\"}",
                null);
        assertEquals(422, again.statusCode(), "a published bulletin is not edited: " + again.body());
        assertTrue(again.body().contains("bulletin.published"), again.body());

        HttpResponse<byte[]> pdf = http.apiBytes("GET", "api/v1/bulletins/" + id + "/pdf", MEMBER, PASSWORD);
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(pdfText.contains("望全体党员对照承诺抓好落实"), pdfText);
            assertTrue(pdfText.contains("承诺事项" + edited.getJsonObject("figures").getInt("items") + "项"), pdfText);
        }
        return id;
    }

    private static String half() {
        return Period.containing(LocalDate.now(), PeriodKind.HALF_YEAR).toString();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }
}
