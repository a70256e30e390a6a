package org.jiannuo.it.yearend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.HttpSession;
import org.jiannuo.it.support.YearEndDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screens of {@link YearEndBrowserIT}, driven in headless Chromium from the test's own process: apart from the
 * test class, whose in-container part has no browser classes to load.
 */
final class YearEndScreens {

    private final URL deploymentUrl;
    private final String tenant;
    private final String password;
    private final HttpSession http;
    private ChromeDriver browser;
    private WebDriverWait wait;

    YearEndScreens(URL deploymentUrl, String tenant, String password) throws Exception {
        this.deploymentUrl = deploymentUrl;
        this.tenant = tenant;
        this.password = password;
        this.http = new HttpSession(deploymentUrl.toURI());
    }

    void wholeYearEnd() throws Exception {
        browser = BrowserSupport.start(1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        try {
            throughTheScreens();
        } finally {
            BrowserSupport.quit(browser);
        }
    }

    private void throughTheScreens() throws Exception {
        LocalDate today = LocalDate.now();
        String admin = StandardLogin.ADMIN.username();
        String secretary = StandardLogin.BRANCH_SECRETARY.username();
        String committee = StandardLogin.COMMITTEE_SECRETARY.username();
        String member = StandardLogin.MEMBER.username();

        // The department opens the year's campaign.
        signIn(admin, false);
        browser.get(deploymentUrl + "yearend.xhtml");
        chooseDate("yearend-form:starts", today);
        chooseDate("yearend-form:ends", YearEndDriver.lastDay(today));
        browser.findElement(By.id("yearend-form:open-campaign")).click();
        waitForMessage(today.getYear() + " 年度评诺已开展");

        // The branch starts its evaluation.
        signIn(secretary, false);
        browser.get(deploymentUrl + "yearend.xhtml");
        browser.findElement(By.id("yearend-form:start")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("branch-title"), "评议中"));
        long campaign = api("GET", "api/v1/year-end/campaigns", secretary, null).asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        long branchEvaluation = api("GET", "api/v1/year-end/campaigns/" + campaign + "/branches", secretary, null)
                .asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        String page = deploymentUrl + "yearend.xhtml?branch=" + branchEvaluation;
        JsonObject started = branchView(branchEvaluation, secretary);
        List<JsonObject> lines = started.getJsonArray("members").getValuesAs(JsonObject.class);
        String first = lines.get(0).getString("name");
        String last = lines.get(lines.size() - 1).getString("name");

        // A member writes the annual self-report on a phone.
        signIn(member, true);
        browser.get(deploymentUrl + "selfreport.xhtml?period=" + today.getYear() + "-Y1");
        browser.findElement(By.id("selfreport-form:done")).sendKeys("全年三项承诺完成两项并销号");
        browser.findElement(By.id("selfreport-form:undone")).sendKeys("便民服务点因场地推迟");
        browser.findElement(By.id("selfreport-form:next")).sendKeys("明年一季度落实场地");
        BrowserSupport.assertFitsPhone(browser, "yearend-selfreport-phone");
        browser.findElement(By.id("selfreport-form:submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("selfreport-form:report-submitted")));

        // The branch opens the mutual evaluation and the ballot; every member casts both on a phone.
        signIn(secretary, false);
        browser.get(page);
        assertTrue(browser.findElement(By.id("yearend-form:members")).getText().contains("全年三项承诺完成两项并销号"),
                "the self-report beside the member");
        occasionButton(1, "open");
        occasionButton(3, "open");
        Map<Long, String> usernames = usernames(started.getJsonNumber("unitId").longValue(), secretary);
        int voters = 0;
        for (JsonObject line : lines) {
            String username = usernames.get(line.getJsonNumber("personId").longValue());
            if (username != null) {
                signIn(username, true);
                voteBothPapers(first, last);
                voters++;
            }
        }
        assertEquals(lines.size(), voters, "every member of the branch has an account: " + usernames);

        // The branch closes both, records the masses' panel and issues their codes.
        signIn(secretary, false);
        browser.get(page);
        occasionButton(1, "close");
        occasionButton(3, "close");
        int required = started.getInt("massRequired");
        WebElement representatives = browser.findElements(By.cssSelector("#yearend-form\\:mass-panel input[id$='panel-count']"))
                .get(0);
        representatives.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(required));
        browser.findElement(By.id("yearend-form:save-panel")).click();
        waitForMessage("参加人员已保存");
        WebElement issue = browser.findElement(By.id("yearend-form:issue-codes"));
        issue.click();
        wait.until(ExpectedConditions.stalenessOf(issue));
        List<String> codes = browser.findElements(By.cssSelector("#code-list li.code")).stream()
                .map(WebElement::getText).toList();
        assertEquals(required, codes.size(), "the codes for the quorum, shown once");
        occasionButton(2, "open");

        // The masses fill their forms with the codes on a phone, signed in as nobody.
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(BrowserSupport.PHONE_WIDTH, 740));
        for (String code : codes) {
            fillMassForm(code, last);
        }
        fillMassFormRefused(codes.get(0));

        // The branch closes the masses' evaluation and comments on each member but itself.
        signIn(secretary, false);
        browser.get(page);
        occasionButton(2, "close");
        int comments = commentEveryone("全年履诺扎实");
        assertEquals(lines.size() - 1, comments, "every member but the branch secretary");
        signIn(committee, false);
        browser.get(page);
        commentOnTheBranchSecretary("带头践诺，班子团结");

        // The proposal beside the suggested results: going against one needs a reason.
        signIn(secretary, false);
        browser.get(page);
        JsonObject counted = branchView(branchEvaluation, secretary);
        assertTrue(counted.getBoolean("massCounts"), "the quorum of the masses filled: " + counted.getInt("massForms"));
        List<JsonObject> countedLines = counted.getJsonArray("members").getValuesAs(JsonObject.class);
        String table = browser.findElement(By.id("yearend-form:members")).getText();
        assertTrue(table.contains("不合格"), "the suggestion for the last member is shown: " + table);
        assertEquals("UNQUALIFIED", countedLines.get(countedLines.size() - 1).getString("suggested"));
        assertEquals(counted.getInt("excellentLimit") >= 1 ? "EXCELLENT" : "QUALIFIED",
                countedLines.get(0).getString("suggested"));
        assertTrue(browser.findElement(By.id("rule-quota")).getText().contains("向下取整"), "the quota rule stated");
        int lastRow = countedLines.size() - 1;
        browser.executeScript("PrimeFaces.getWidgetById('yearend-form:members:" + lastRow
                + ":grade').selectValue('QUALIFIED')");
        WebElement propose = browser.findElement(By.id("yearend-form:propose"));
        propose.click();
        waitForMessage("请写明理由");
        browser.findElement(By.id("yearend-form:members:" + lastRow + ":reason")).sendKeys("已当面整改，群众认可");
        browser.findElement(By.id("yearend-form:propose")).click();
        waitForMessage("评诺结果已提交");
        assertTrue(browser.findElement(By.id("branch-title")).getText().contains("待上级审定"));

        // The superior confirms; the branch publishes.
        signIn(committee, false);
        browser.get(page);
        browser.findElement(By.id("yearend-form:confirm")).click();
        waitForMessage("评诺结果已审定");
        signIn(secretary, false);
        browser.get(page);
        browser.findElement(By.id("yearend-form:publish")).click();
        waitForMessage("评诺结果已公示");
        assertTrue(browser.findElement(By.id("branch-title")).getText().contains("已公示"));
        assertTrue(browser.findElement(By.id("public-until")).getText().contains("公示期至"));
        JsonObject published = branchView(branchEvaluation, secretary);
        JsonObject lastLine = published.getJsonArray("members").getJsonObject(lastRow);
        assertEquals("QUALIFIED", lastLine.getString("proposed"));
        assertEquals("已当面整改，群众认可", lastLine.getString("reason"));

        // The member reads the branch's published results on a phone.
        signIn(member, true);
        browser.get(deploymentUrl + "peers.xhtml");
        String results = browser.findElement(By.cssSelector("[id$='peer-results']")).getText();
        assertTrue(results.contains(last) && results.contains("合格"), results);
        BrowserSupport.assertFitsPhone(browser, "yearend-published-phone");
    }

    /** Signs in afresh, in a phone-sized window or a desk's. */
    private void signIn(String username, boolean phone) {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(phone ? new Dimension(BrowserSupport.PHONE_WIDTH, 740)
                : new Dimension(1280, 1000));
        BrowserSupport.logIn(browser, deploymentUrl, tenant, username, password);
    }

    /** Clicks a button of one of the three ballots (1 mutual, 2 masses, 3 final ballot) and waits for the form. */
    private void occasionButton(int row, String button) {
        WebElement clicked = browser.findElement(By.xpath("//table[@id='occasions']//tr[" + row
                + "]//button[contains(@id,':" + button + "')]"));
        clicked.click();
        wait.until(ExpectedConditions.stalenessOf(clicked));
    }

    /**
     * On the member's voting page: the mutual evaluation all 好 but the last member 差, the ballot the first member
     * 优秀, the last 不合格 and the others 合格; each paper cast once.
     */
    private void voteBothPapers(String first, String last) throws Exception {
        browser.get(deploymentUrl + "yearend-vote.xhtml");
        BrowserSupport.assertFitsPhone(browser, "yearend-vote-phone");
        for (int paper = 0; paper < 2; paper++) {
            List<WebElement> cast = browser.findElements(By.cssSelector(".vote-cast"));
            assertFalse(cast.isEmpty(), "a paper waits to be cast");
            WebElement ballot = cast.get(0).findElement(By.xpath("./ancestor::div[contains(@class,'vote-paper')]"));
            boolean finalBallot = ballot.getText().contains("优秀");
            for (WebElement card : ballot.findElements(By.cssSelector(".vote-card"))) {
                String name = card.findElement(By.cssSelector(".vote-name")).getText();
                String choice = finalBallot ? (name.equals(first) ? "优秀" : name.equals(last) ? "不合格" : "合格")
                        : (name.equals(last) ? "差" : "好");
                card.findElement(By.xpath(".//div[contains(@class,'ui-button')][normalize-space(.)='" + choice + "']")).click();
            }
            cast.get(0).click();
            wait.until(ExpectedConditions.stalenessOf(cast.get(0)));
        }
        assertEquals(2, browser.findElements(By.xpath("//p[contains(.,'您已投票')]")).size(), "both papers cast");
    }

    /** One of the masses' forms: 满意 with everyone but the last member, 不满意 with them. */
    private void fillMassForm(String code, String last) throws Exception {
        browser.get(deploymentUrl + "ballot.xhtml");
        browser.findElement(By.id("code-form:tenant")).sendKeys(tenant);
        browser.findElement(By.id("code-form:code")).sendKeys(code);
        browser.findElement(By.id("code-form:open-paper")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-form:ballot")));
        for (WebElement card : browser.findElements(By.cssSelector(".vote-card"))) {
            String name = card.findElement(By.cssSelector(".vote-name")).getText();
            String choice = name.equals(last) ? "不满意" : "满意";
            card.findElement(By.xpath(".//div[contains(@class,'ui-button')][normalize-space(.)='" + choice + "']")).click();
        }
        BrowserSupport.assertFitsPhone(browser, "yearend-mass-form-phone");
        browser.findElement(By.id("code-form:cast-ballot")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-form:vote-done")));
    }

    /** A code that was used: no paper. */
    private void fillMassFormRefused(String code) {
        browser.get(deploymentUrl + "ballot.xhtml");
        browser.findElement(By.id("code-form:tenant")).sendKeys(tenant);
        browser.findElement(By.id("code-form:code")).sendKeys(code);
        WebElement open = browser.findElement(By.id("code-form:open-paper"));
        open.click();
        wait.until(ExpectedConditions.stalenessOf(open));
        assertTrue(browser.findElements(By.id("code-form:ballot")).isEmpty(), "a code counts once");
        assertFalse(browser.findElement(By.id("code-form:messages")).getText().isBlank(), "and the page says so");
    }

    /** Comments on every member the caller may comment on; how many. */
    private int commentEveryone(String text) {
        int commented = 0;
        By rows = By.cssSelector("[id='yearend-form:members_data'] > tr");
        for (int row = 0; row < browser.findElements(rows).size(); row++) {
            // Found again each time: every save renders the form anew.
            if (!browser.findElements(rows).get(row).getAttribute("innerHTML").contains("save-comment")) {
                continue;
            }
            comment(row, text);
            commented++;
        }
        return commented;
    }

    /** The superior's comment on the branch secretary's line. */
    private void commentOnTheBranchSecretary(String text) {
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='yearend-form:members_data'] > tr"));
        int row = 0;
        while (!rows.get(row).getText().contains("（支部书记）") && !rows.get(row).getText().contains("(支部书记)")) {
            row++;
        }
        comment(row, text);
    }

    private void comment(int row, String text) {
        WebElement field = browser.findElement(By.id("yearend-form:members:" + row + ":comment"));
        field.clear();
        field.sendKeys(text);
        WebElement save = browser.findElement(By.id("yearend-form:members:" + row + ":save-comment"));
        save.click();
        wait.until(ExpectedConditions.stalenessOf(save));
        assertEquals(text, browser.findElement(By.id("yearend-form:members:" + row + ":comment"))
                .getAttribute("value"), "kept");
    }

    /** Chooses the date on the calendar's widget, as a click on its day would. */
    private void chooseDate(String id, LocalDate date) {
        browser.executeScript("PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1,"
                + " arguments[3]))", id, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        wait.until(ExpectedConditions.attributeToBe(By.id(id + "_input"), "value", date.toString()));
    }

    private void waitForMessage(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("yearend-form:messages"), text));
    }

    /** personId → username of the accounts of the branch's people. */
    private Map<Long, String> usernames(long unitId, String secretary) throws Exception {
        Map<Long, String> usernames = new LinkedHashMap<>();
        for (JsonObject row : api("GET", "api/v1/accounts?unit=" + unitId + "&size=200", secretary, null)
                .asJsonObject().getJsonArray("rows").getValuesAs(JsonObject.class)) {
            if (!row.isNull("username")) {
                usernames.put(row.getJsonNumber("personId").longValue(), row.getString("username"));
            }
        }
        return usernames;
    }

    private JsonObject branchView(long id, String username) throws Exception {
        return api("GET", "api/v1/year-end/branches/" + id, username, null).asJsonObject();
    }

    private JsonValue api(String method, String path, String username, String body) throws Exception {
        HttpResponse<String> response = http.api(method, path, username + "@" + tenant, password, body, null);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readValue();
    }
}
