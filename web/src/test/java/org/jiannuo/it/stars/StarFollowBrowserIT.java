package org.jiannuo.it.stars;

import static org.jiannuo.it.stars.VillageCategories.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiannuo.application.tenancy.TenantContext;
import org.jiannuo.infrastructure.generator.CountyPlan;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.jiannuo.infrastructure.generator.DemoActivity;
import org.jiannuo.infrastructure.generator.DemoStars;
import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.HttpSession;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The star follow-up (starfollow.xhtml) in the browser, on last year's village stars as the demo generates them
 * ({@link DemoStars}), in a county of the demo's size in a tenant of its own, so that the demo tenant the other
 * tests share is left as it was. The department admin on a desktop window opens the township's follow-up, which
 * without a year shows last year's while none of this year's stars are published: the commended members (9 stars
 * and more under the 10-star cap) with the 七一 certificate link, whose PDF downloads, and the lagging members; marks
 * a reserve village cadre with a note and withdraws the mark again, pairs a lagging member with a best-star member of
 * the village and records the help. The page is the branch's, the township's and the department's (a member reads
 * no village's follow-up), so no phone window.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StarFollowBrowserIT {

    private static final String TENANT = "it-starfollow";
    private static final String ADMIN = "admin@" + TENANT;

    @EJB
    CountyProvisioning provisioning;

    @EJB
    DemoStars stars;

    @ArquillianResource
    URL deploymentUrl;

    /** In the server: once, the demo's county and its last year's village stars, in the tenant of this test. */
    @Test
    @Order(1)
    void aCountyWithLastYearsVillageStars() throws Exception {
        if (provisioning.exists(TENANT)) {
            return;
        }
        provisioning.provision(TENANT, "创星结果运用测试县委组织部", CountyPlan.demo(), Fixtures.PASSWORD);
        TenantContext.callAs(TENANT, () -> {
            stars.generate(LocalDate.now(), DemoActivity.SEED);
            return null;
        });
    }

    @Test
    @Order(2)
    @RunAsClient
    void theDepartmentMarksAReserveCadrePairsALaggingMemberAndRecordsTheHelp() throws Exception {
        new Screen(deploymentUrl).markPairAndHelp();
    }

    /**
     * The browser's part, in a class of its own: the test class is loaded in the server too, for the step that runs
     * there, and the server has no Selenium.
     */
    private static final class Screen {

        private final URL deploymentUrl;
        private ChromeDriver browser;

        Screen(URL deploymentUrl) {
            this.deploymentUrl = deploymentUrl;
        }

        void markPairAndHelp() throws Exception {
            HttpSession http = new HttpSession(deploymentUrl.toURI());
            int year = LocalDate.now().getYear() - 1;
            long township = township(http, year);
            JsonObject before = view(http, township, year);
            List<JsonObject> lines = before.getJsonArray("lines").getValuesAs(JsonObject.class);
            JsonObject reserve = lines.stream()
                    .filter(line -> standing(line, "COMMENDED") && !line.getBoolean("reserve"))
                    .findFirst().orElseThrow(() -> new AssertionError("a commended member not marked yet: " + lines));
            JsonObject lagging = lines.stream().filter(line -> standing(line, "LAGGING")
                            && !helpers(lines, line).isEmpty()).findFirst()
                    .orElseThrow(() -> new AssertionError("a lagging member with a best-star member to help: "
                            + lines));
            JsonObject helper = helpers(lines, lagging).get(0);
            Long pairedBefore = helperId(lagging);
            String note = "上门帮扶 " + Long.toString(System.nanoTime(), 36);
            try {
                browser = BrowserSupport.start(1280, 900);
                BrowserSupport.logIn(browser, deploymentUrl, TENANT, "admin", Fixtures.PASSWORD);
                // No year asked: none of this year's stars are published, so the page follows last year's up.
                browser.get(deploymentUrl + "starfollow.xhtml?lang=zh&unit=" + township);
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("follow-form:commended")));
                assertEquals("创星结果运用 " + year, browser.findElement(By.tagName("h1")).getText());
                String commended = browser.findElement(By.id("follow-form:commended")).getText();
                lines.stream().filter(line -> standing(line, "COMMENDED") && line.getInt("cap") == 10).forEach(line ->
                        assertTrue(commended.contains(line.getString("name")) && line.getInt("total") >= 9,
                                "last year's 9+ members listed for the commendation: " + commended));
                String laggingTable = browser.findElement(By.id("follow-form:lagging")).getText();
                assertTrue(laggingTable.contains(lagging.getString("name")), laggingTable);

                // The 七一 certificates of the commended members, as the link downloads them.
                String certificates = browser.findElement(By.id("follow-form:certificates")).getAttribute("href");
                assertTrue(certificates.endsWith("api/v1/stars/follow-up/certificates?unit=" + township + "&year="
                        + year),
                        certificates);
                HttpResponse<byte[]> pdf = http.getBytes(certificates.substring(certificates.indexOf("api/v1/")), ADMIN,
                        Fixtures.PASSWORD);
                assertEquals(200, pdf.statusCode());
                assertEquals("%PDF", new String(Arrays.copyOf(pdf.body(), 4), StandardCharsets.ISO_8859_1));

                // A reserve village cadre, with a note; the mark withdrawn again at the end.
                WebElement row = row("commended", reserve.getString("name"));
                row.findElement(By.cssSelector("input[id$=':note']")).sendKeys("带头致富能手");
                row.findElement(By.cssSelector("button[id$=':mark']")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow-form:messages"),
                        "已将 " + reserve.getString("name") + " 列为村级后备干部"));
                assertTrue(row("commended", reserve.getString("name")).getText().contains("已列为后备干部"));
                assertEquals("带头致富能手", line(view(http, township, year), reserve).getString("reserveNote"));

                // A helper for the lagging member, then the help recorded.
                row = row("lagging", lagging.getString("name"));
                WebElement choice = row.findElement(By.cssSelector("select[id$=':helper_input']"));
                ((JavascriptExecutor) browser).executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                        choice, String.valueOf(helper.getJsonNumber("personId").longValue()));
                row.findElement(By.cssSelector("button[id$=':pair']")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow-form:messages"),
                        "已为 " + lagging.getString("name") + " 确定帮扶人"));
                assertEquals(helper.getJsonNumber("personId").longValue(),
                        line(view(http, township, year), lagging).getJsonNumber("helperId").longValue());
                row("lagging", lagging.getString("name")).findElement(By.cssSelector("button[id$=':open-help']"))
                        .click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("follow-form:help-note")));
                browser.findElement(By.id("follow-form:help-note")).sendKeys(note);
                browser.findElement(By.id("follow-form:record-help")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow-form:messages"),
                        "已记录对 " + lagging.getString("name") + " 的帮扶"));
                String help = browser.findElement(By.id("follow-form:help")).getText();
                assertTrue(help.contains(note) && help.contains(helper.getString("name")), help);
                BrowserSupport.saveScreenshot(browser, "desktop-zh-starfollow");

                row("commended", reserve.getString("name")).findElement(By.cssSelector("button[id$=':withdraw']"))
                        .click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("follow-form:messages"),
                        "已取消 " + reserve.getString("name") + " 的后备干部标记"));
                assertFalse(line(view(http, township, year), reserve).getBoolean("reserve"));
            } finally {
                BrowserSupport.quit(browser);
                if (pairedBefore != null) {
                    ok(http.api("PUT", "api/v1/stars/follow-up/lagging/" + lagging.getJsonNumber("personId"), ADMIN,
                            Fixtures.PASSWORD, "{\"year\":" + year + ",\"helperId\":" + pairedBefore + "}", null));
                }
                if (line(view(http, township, year), reserve).getBoolean("reserve")) {
                    http.api("DELETE", "api/v1/stars/follow-up/reserves/" + reserve.getJsonNumber("personId") + "?year="
                            + year, ADMIN, Fixtures.PASSWORD, null, null);
                }
            }
        }

        /** The top unit whose follow-up of the year has members: the county's township. */
        private static long township(HttpSession http, int year) throws Exception {
            JsonArray roots = jsonArray(http.api("GET", "api/v1/units", ADMIN, Fixtures.PASSWORD, null, null));
            for (JsonObject root : roots.getValuesAs(JsonObject.class)) {
                long id = root.getJsonNumber("id").longValue();
                if (!view(http, id, year).getJsonArray("lines").isEmpty()) {
                    return id;
                }
            }
            throw new AssertionError("no unit has last year's village stars: " + roots);
        }

        private static JsonObject view(HttpSession http, long unit, int year) throws Exception {
            return ok(http.api("GET", "api/v1/stars/follow-up?unit=" + unit + "&year=" + year, ADMIN, Fixtures.PASSWORD,
                    null, null));
        }

        private static JsonArray jsonArray(HttpResponse<String> response) {
            assertEquals(200, response.statusCode(), response.body());
            return Json.createReader(new StringReader(response.body())).readArray();
        }

        private static boolean standing(JsonObject line, String standing) {
            return standing.equals(line.getString("standing"));
        }

        /** The commended members of the lagging member's village other than their helper now. */
        private static List<JsonObject> helpers(List<JsonObject> lines, JsonObject lagging) {
            Long current = helperId(lagging);
            return lines.stream().filter(line -> standing(line, "COMMENDED")
                    && line.getJsonNumber("unitId").longValue() == lagging.getJsonNumber("unitId").longValue()
                    && !Long.valueOf(line.getJsonNumber("personId").longValue()).equals(current)).toList();
        }

        /** The lagging member's helper, or null before the pairing (a null is left out of the JSON). */
        private static Long helperId(JsonObject lagging) {
            JsonValue helper = lagging.get("helperId");
            return helper == null || helper.getValueType() == JsonValue.ValueType.NULL ? null
                    : lagging.getJsonNumber("helperId").longValue();
        }

        private static JsonObject line(JsonObject view, JsonObject member) {
            long personId = member.getJsonNumber("personId").longValue();
            return view.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                    .filter(line -> line.getJsonNumber("personId").longValue() == personId).findFirst().orElseThrow();
        }

        private WebElement row(String table, String name) {
            return browser.findElements(By.cssSelector("#follow-form\\:" + table + " tbody tr")).stream()
                    .filter(row -> row.getText().contains(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " is not in " + table));
        }
    }
}
