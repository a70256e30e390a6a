package org.jiannuo.it.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;
import org.jiannuo.it.support.QrCodes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Someone from the masses on a 375×740 phone, as after scanning the QR code of a branch's printed poster: opens
 * the branch's board page, follows it to the suggestion box, leaves an opinion with a script in it, notes the tracking code, and reads the reply
 * once the branch secretary of the demo tenant has answered through the API; the script shows as text and never
 * runs, and the contact never reaches a public page.
 */
class OpinionBrowserIT extends BrowserTestBase {

    private static final String MARK = Long.toString(System.nanoTime(), 36);
    private static final String TEXT = "<script>document.title='hacked'</script> 公示栏玻璃碎了 " + MARK;
    private static final Pattern BOARD_PAGE = Pattern.compile("board/unit\\.xhtml\\?t=[A-Za-z0-9_-]+&u=[A-Za-z0-9_-]+");

    @Test
    void aVisitorLeavesAnOpinionOnAPhoneAndReadsTheReply() throws Exception {
        long branch = ok(http.api("GET", "api/v1/me", BRANCH_SECRETARY, PASSWORD, null, null)).getJsonNumber("unitId")
                .longValue();
        Matcher scanned = BOARD_PAGE.matcher(scan(http.apiBytes("GET", "api/v1/units/" + branch + "/board-poster",
                BRANCH_SECRETARY, PASSWORD)));
        assertTrue(scanned.find(), "the poster's QR code leads to the branch's board page");

        browser = BrowserSupport.start(375, 740);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(deploymentUrl + scanned.group());
        String branchName = browser.findElement(By.id("board-unit")).getText();
        BrowserSupport.saveScreenshot(browser, "opinion-phone-board");
        browser.findElement(By.cssSelector(".opinion-links .leave-opinion")).click();
        assertEquals(branchName, browser.findElement(By.id("box-target")).getText(), "the box is the branch's");
        browser.findElement(By.id("opinion-text")).sendKeys(TEXT);
        browser.findElement(By.id("opinion-contact")).sendKeys("13900002222");
        WebElement send = browser.findElement(By.id("send-opinion"));
        wait.until(driver -> send.isEnabled());
        BrowserSupport.saveScreenshot(browser, "opinion-phone-form");
        send.click();
        WebElement code = browser.findElement(By.id("tracking-code"));
        wait.until(driver -> !code.getText().isBlank());
        String trackingCode = code.getText();
        assertTrue(trackingCode.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"), trackingCode);
        BrowserSupport.saveScreenshot(browser, "opinion-phone-receipt");
        BrowserSupport.assertFitsPhone(browser, "opinion-phone-1");

        JsonObject line = ok(http.api("GET", "api/v1/opinions?state=RECEIVED&size=200", BRANCH_SECRETARY, PASSWORD,
                null, null)).getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(row -> row.getString("text").equals(TEXT)).findFirst().orElseThrow();
        assertEquals("13900002222", line.getString("writerContact"), "the handler sees the contact");
        HttpResponse<String> replied = http.api("POST", "api/v1/opinions/" + line.getJsonNumber("id") + "/reply",
                BRANCH_SECRETARY, PASSWORD, "{\"version\":" + line.getJsonNumber("version")
                        + ",\"text\":\"已联系村委会，本周内更换玻璃。\"}", null);
        assertEquals(200, replied.statusCode(), replied.body());

        browser.findElement(By.id("to-reply")).click();
        browser.findElement(By.id("reply-code")).sendKeys(trackingCode);
        browser.findElement(By.id("read-reply")).click();
        WebElement answer = browser.findElement(By.id("reply-answer"));
        wait.until(driver -> !answer.getText().isBlank());
        assertEquals("已联系村委会，本周内更换玻璃。", answer.getText());
        assertEquals(TEXT, browser.findElement(By.id("reply-text")).getText(), "the script is shown as text");
        assertFalse(browser.getTitle().contains("hacked"), "and never ran");
        assertFalse(browser.getPageSource().contains("13900002222"), "the contact is not on the public page");
        BrowserSupport.saveScreenshot(browser, "opinion-phone-reply");
        BrowserSupport.assertFitsPhone(browser, "opinion-phone-2");

        browser.findElement(By.id("reply-code")).clear();
        browser.findElement(By.id("reply-code")).sendKeys("ABCD-EFGH-JKMN-PQRS");
        browser.findElement(By.id("read-reply")).click();
        WebElement error = browser.findElement(By.cssSelector("#reply-form .form-error"));
        wait.until(driver -> error.isDisplayed());
        assertTrue(error.getText().contains("查询码"), error.getText());

        BrowserSupport.logInToDemo(browser, deploymentUrl, "zhibu");
        browser.get(deploymentUrl + "opinions.xhtml");
        WebElement row = browser.findElements(By.cssSelector(".opinion-text")).stream()
                .filter(text -> text.getText().equals(TEXT)).findFirst().orElseThrow();
        assertTrue(row.isDisplayed(), "the handler's list shows the script as text too");
        assertFalse(browser.getTitle().contains("hacked"));
        BrowserSupport.saveScreenshot(browser, "opinion-staff-list");
    }

    /** Reads the poster's QR code as a phone's camera would. */
    private static String scan(HttpResponse<byte[]> poster) throws Exception {
        assertEquals(200, poster.statusCode());
        try (PDDocument document = Loader.loadPDF(poster.body())) {
            return QrCodes.onFirstPage(document);
        }
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }
}
