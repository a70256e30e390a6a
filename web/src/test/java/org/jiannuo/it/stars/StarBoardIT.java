package org.jiannuo.it.stars;

import static org.jiannuo.it.stars.StarYearDriver.stars;
import static org.jiannuo.it.stars.VillageCategories.denied;
import static org.jiannuo.it.stars.VillageCategories.ok;
import static org.jiannuo.it.stars.VillageCategories.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.ballot.CodeBallots;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.publicity.BoardAddress;
import org.jiannuo.application.publicity.BoardAddresses;
import org.jiannuo.application.publicity.BoardNotFoundException;
import org.jiannuo.application.publicity.ObjectionKind;
import org.jiannuo.application.publicity.ObjectionLine;
import org.jiannuo.application.publicity.Objections;
import org.jiannuo.application.publicity.PublicBoard;
import org.jiannuo.application.publicity.PublicitySettings;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.stars.StarAppraisalView;
import org.jiannuo.application.stars.StarAppraisals;
import org.jiannuo.domain.model.publicity.HourlyLimitReached;
import org.jiannuo.domain.model.publicity.ObjectionStatus;
import org.jiannuo.domain.model.publicity.PublicKey;
import org.jiannuo.domain.model.publicity.PublicityRules;
import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.HttpSession;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The year-end stars' "two publications" (三评两公开, seed 003) on the public board. A village's appraisal driven to
 * its submission shows nothing on the board; once the township confirms it, every member's stars show without login
 * on the village's and the person's pages, drawn to the cap, with the publicity period and standing and nothing of
 * the self-assessment, the ballots or the committee's reason. An objection from the board's form, and one a member
 * lodges signed in, put the stars under objection; only the township reviewer answers, per aspect within the cap and
 * with a reason, never the branch secretary or a member, and another tenant finds nothing. Then the public reads the
 * village's stars on a 375×740 phone and objects. A tenant of its own, fixed so that the phone's test finds it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StarBoardIT extends StandardUsersTestBase {

    private static final String TENANT = "it-starboard";
    private static final String REASON = "委员会评星理由不公开" + Math.floorMod(System.nanoTime(), 100_000);
    private static final Set<String> PUBLIC_COLUMNS = Set.of("key", "name", "personKey", "year", "cap", "total",
            "aspects", "publishedOn", "publicityEnds", "standing", "reviewed", "drawn");

    /** The stars the phone's test objects to, which the township's screen then answers (both run as clients). */
    private static String objectedKey;

    @ArquillianResource
    URL deploymentUrl;

    @EJB
    PeopleDirectory people;

    @EJB
    StarAppraisals appraisals;

    @EJB
    Occasions occasions;

    @EJB
    CodeBallots codeBallots;

    @EJB
    Objections objections;

    @EJB
    PublicBoard board;

    @EJB
    BoardAddresses addresses;

    @EJB
    PublicitySettings settings;

    private final int year = LocalDate.now().getYear();

    @Test
    @Order(1)
    void publishedStarsGoThroughPublicityAndOnlyTheTownshipAnswersObjections() throws Exception {
        signInStandardUsers(TENANT, 73);
        long memberId = member.account().personId();
        long branchId = branchSecretary.account().scopeUnitId();
        StarYearDriver.placeBranch(admin, people, branchId, memberId);
        StarAppraisalView started = branchSecretary.call(() -> appraisals.start(branchId, year));
        StarAppraisalView peer = branchSecretary.call(() -> appraisals.advance(branchId, year, started.version()));
        StarYearDriver driver = new StarYearDriver(appraisals, occasions, codeBallots);
        StarAppraisalView rating = driver.toRating(TENANT, branchSecretary, member, peer, (batch, codes) -> batch.run());
        driver.rateAll(branchSecretary, rating, line -> stars(line.cap() == 10 ? 8 : 4));
        StarAppraisalView rated = branchSecretary.call(() -> appraisals.rate(branchId, year, memberId, stars(7),
                REASON));
        StarAppraisalView submitted = branchSecretary.call(() -> appraisals.submit(branchId, year, rated.version()));

        BoardAddress address = member.call(() -> addresses.mine());
        String tenant = address.tenantKey();
        HttpSession anonymous = new HttpSession(deploymentUrl.toURI());
        String unitJson = "api/v1/public/board/" + tenant + "/units/" + address.unitKey();
        String personJson = "api/v1/public/board/" + tenant + "/people/" + address.personKey();
        String unitPage = "board/unit.xhtml?t=" + tenant + "&u=" + address.unitKey();

        // Submitted, not published: nothing of it on the board (the page read, so cached, too).
        assertTrue(ok(anonymous.get(unitJson)).getJsonArray("stars").isEmpty());
        assertTrue(ok(anonymous.get(personJson)).getJsonArray("stars").isEmpty());
        assertFalse(anonymous.get(unitPage).body().contains("id=\"board-star-results\""));
        assertThrows(BoardNotFoundException.class, () -> board.object(tenant, PublicKey.random().value(), "异议",
                "198.51.100.30"));

        committeeSecretary.call(() -> appraisals.review(branchId, year, submitted.version(), true, ""));
        List<JsonObject> lines = ok(anonymous.get(unitJson)).getJsonArray("stars").getValuesAs(JsonObject.class);
        assertEquals(submitted.lines().size(), lines.size(), "every member's stars, at once: " + lines);
        LocalDate publicityEnds = new PublicityRules().periodFrom(LocalDate.now()).lastDay();
        for (JsonObject line : lines) {
            assertEquals("IN_PUBLICITY", line.getString("standing"));
            assertEquals(publicityEnds.toString(), line.getString("publicityEnds"), "the results' publicity period");
            assertTrue(PublicKey.parse(line.getString("key")).isPresent(), "an opaque key");
            assertTrue(PUBLIC_COLUMNS.containsAll(line.keySet()), "the stars and their publicity only: " + line);
        }
        JsonObject mine = lines.stream().filter(l -> l.getString("personKey").equals(address.personKey()))
                .findFirst().orElseThrow();
        assertEquals(List.of(7, 10), List.of(mine.getInt("total"), mine.getInt("cap")));
        String key = mine.getString("key");
        String starJson = "api/v1/public/board/" + tenant + "/stars/" + key;
        String starPage = "board/star.xhtml?t=" + tenant + "&s=" + key;
        String unitHtml = anonymous.get(unitPage).body();
        assertTrue(unitHtml.contains("id=\"board-star-results\""), "the stamp was raised on publication");
        assertTrue(unitHtml.contains("★★★★★★★☆☆☆"), "seven stars drawn to the cap of ten");
        assertEquals(1, ok(anonymous.get(personJson)).getJsonArray("stars").size(), "the member's own page");
        for (String path : List.of(unitPage, unitJson, personJson, starJson, starPage,
                "board/person.xhtml?t=" + tenant + "&p=" + address.personKey())) {
            HttpResponse<String> response = anonymous.get(path);
            assertEquals(200, response.statusCode(), path);
            assertFalse(response.body().contains(REASON), () -> path + " shows the committee's reason");
        }
        assertTrue(anonymous.get(starPage).body().contains("id=\"board-objection-form\""));

        // From the board's form, and by the member signed in: the stars are under objection.
        HttpResponse<String> form = anonymous.postForm(starJson + "/objections", Map.of("text", "联户服务记录不实",
                "language", "zh"));
        assertEquals(303, form.statusCode(), form.body());
        String back = form.headers().firstValue("Location").orElseThrow();
        assertTrue(back.contains("/board/star.xhtml?t=" + tenant + "&s=" + key) && back.endsWith("&outcome=lodged"),
                back);
        assertEquals("UNDER_OBJECTION", ok(anonymous.get(starJson)).getJsonObject("line").getString("standing"));
        assertEquals(ObjectionStatus.OPEN, member.call(() -> objections.lodge(key, "我的岗位奉献应为两星",
                "192.0.2.77")));

        // The hourly limits of an address and of a target hold for stars as for results.
        admin.call(() -> settings.change(new PublicitySettings.Settings(5, "", 1, 1000)));
        String other = lines.stream().filter(l -> !l.getString("key").equals(key)).findFirst().orElseThrow()
                .getString("key");
        board.object(tenant, other, "星级偏高", "198.51.100.31");
        assertEquals("objection.tooMany", assertThrows(HourlyLimitReached.class,
                () -> board.object(tenant, key, "再提一次", "198.51.100.31")).code());
        admin.call(() -> settings.change(new PublicitySettings.Settings(5, "", 5, 20)));

        // The township reviewer answers; the branch secretary and the member do not; another tenant sees nothing.
        ObjectionLine lodged = starObjection(committeeSecretary.call(() -> objections.list(true)), "联户服务记录不实");
        assertTrue(lodged.fromPublic());
        assertTrue(lodged.mayDecide(), "the township that confirmed the appraisal answers");
        assertEquals(String.valueOf(year), lodged.period());
        assertEquals(List.of(10, 7, 7), List.of(lodged.stars().cap(), lodged.stars().totalBefore(),
                lodged.stars().totalNow()));
        assertFalse(starObjection(branchSecretary.call(() -> objections.list(true)), "联户服务记录不实").mayDecide());
        denied(() -> branchSecretary.call(() -> objections.decide(lodged.id(), lodged.version(), "2,2,1,1,0",
                "支部自己改")));
        RuntimeException byMember = assertThrows(RuntimeException.class, () -> member.call(() ->
                objections.decide(lodged.id(), lodged.version(), "2,2,1,1,0", "本人改")));
        assertTrue(byMember instanceof AccessDeniedException || byMember instanceof BoardNotFoundException,
                byMember.toString());
        assertThrows(BoardNotFoundException.class, () -> otherTenantAdmin().call(() -> objections.decide(lodged.id(),
                lodged.version(), "2,2,1,1,0", "别的租户")));
        assertThrows(BoardNotFoundException.class, () -> otherTenantAdmin().call(() -> objections.lodge(key,
                "别的租户的公开栏", "192.0.2.78")), "another tenant's key is not found");
        assertEquals("stars.aboveAspect", refused(() -> committeeSecretary.call(() -> objections.decide(lodged.id(),
                lodged.version(), "2,2,2,2,3", "超过单项上限"))));
        assertEquals("objection.reasonRequired", refused(() -> committeeSecretary.call(() -> objections.decide(
                lodged.id(), lodged.version(), "2,2,1,1,0", " "))));

        ObjectionLine changed = committeeSecretary.call(() -> objections.decide(lodged.id(), lodged.version(),
                "2,2,1,1,0", "经核实，联户服务减一星"));
        assertEquals(ObjectionStatus.CHANGED, changed.status());
        assertEquals(6, changed.stars().totalNow());
        JsonObject reviewed = ok(anonymous.get(starJson)).getJsonObject("line");
        assertEquals(6, reviewed.getInt("total"));
        assertTrue(reviewed.getBoolean("reviewed"));
        assertEquals("UNDER_OBJECTION", reviewed.getString("standing"), "the member's objection is still open");

        ObjectionLine members = starObjection(committeeSecretary.call(() -> objections.list(true)), "我的岗位奉献应为两星");
        assertFalse(members.fromPublic());
        assertEquals(ObjectionStatus.UPHELD, committeeSecretary.call(() -> objections.decide(members.id(),
                members.version(), "2,2,1,1,0", "维持调整后的星级")).status());
        JsonObject settled = ok(anonymous.get(starJson)).getJsonObject("line");
        assertEquals("IN_PUBLICITY", settled.getString("standing"), "final only once the period is over");
        String page = anonymous.get(starPage).body();
        assertTrue(page.contains("id=\"board-reviewed\""), "the page says it was reviewed");
        assertFalse(page.contains("经核实"), "the answer's reason is not public");
        assertEquals(6, member.call(() -> appraisals.mine(year)).total(), "the member's own stars changed too");
    }

    private static ObjectionLine starObjection(List<ObjectionLine> lines, String text) {
        return lines.stream().filter(o -> o.kind() == ObjectionKind.STARS && o.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no star objection " + text + " in " + lines));
    }

    /** What the public meets on a phone: the village's stars on its board, a member's stars, and the objection form. */
    @Test
    @Order(2)
    @RunAsClient
    void thePublicReadsTheVillagesStarsOnAPhoneAndObjects() throws Exception {
        HttpSession anonymous = new HttpSession(deploymentUrl.toURI());
        JsonObject address = membersBoard(anonymous);
        String tenant = address.getString("tenantKey");
        String unitPage = "board/unit.xhtml?t=" + tenant + "&u=" + address.getString("unitKey");
        JsonObject line = ok(anonymous.get("api/v1/public/board/" + tenant + "/units/" + address.getString("unitKey")))
                .getJsonArray("stars").getValuesAs(JsonObject.class).stream()
                .filter(l -> "IN_PUBLICITY".equals(l.getString("standing"))
                        && !l.getString("personKey").equals(address.getString("personKey")))
                .findFirst().orElseThrow();
        ChromeDriver browser = BrowserSupport.start(BrowserSupport.PHONE_WIDTH, 740);
        try {
            browser.get(deploymentUrl + unitPage);
            String section = browser.findElement(By.id("board-star-results")).getText();
            assertTrue(section.contains(line.getString("name")) && section.contains("★"), section);
            BrowserSupport.assertFitsPhone(browser, "star-board-unit-phone");
            // A link's click and a form's submission return once the next page has loaded.
            browser.findElement(By.cssSelector("a[href*='s=" + line.getString("key") + "']")).click();
            assertTrue(browser.findElement(By.id("board-objection-form")).isDisplayed());
            assertTrue(browser.findElement(By.id("board-star-subject")).getText().contains(line.getString("name")));
            BrowserSupport.assertFitsPhone(browser, "star-board-star-phone");
            browser.findElement(By.id("board-objection-text")).sendKeys("该党员全年未参加联户服务");
            browser.findElement(By.id("board-objection-send")).click();
            assertTrue(browser.findElement(By.id("board-objection-outcome")).isDisplayed());
            assertEquals("有异议，复核中", browser.findElement(By.id("board-standing")).getText());
            BrowserSupport.assertFitsPhone(browser, "star-board-objected-phone");
        } finally {
            BrowserSupport.quit(browser);
        }
        assertEquals("UNDER_OBJECTION", ok(anonymous.get("api/v1/public/board/" + tenant + "/stars/"
                + line.getString("key"))).getJsonObject("line").getString("standing"));
        objectedKey = line.getString("key");
    }

    /** The board keys of the member's tenant, unit and person, which the member's account reads. */
    private static JsonObject membersBoard(HttpSession http) throws Exception {
        return ok(http.api("GET", "api/v1/board", StandardLogin.MEMBER.username() + "@" + TENANT, Fixtures.PASSWORD,
                null, null));
    }

    /**
     * The township answers the public's objection of the phone's test on its objections screen: one spinner per
     * aspect, filled with the member's stars, one star taken off, and a reason; the board shows the new total.
     */
    @Test
    @Order(3)
    @RunAsClient
    void theTownshipAnswersThePublicsObjectionWithStarsPerAspect() throws Exception {
        HttpSession anonymous = new HttpSession(deploymentUrl.toURI());
        JsonObject address = membersBoard(anonymous);
        String starJson = "api/v1/public/board/" + address.getString("tenantKey") + "/stars/" + objectedKey;
        JsonObject objected = ok(anonymous.get(starJson)).getJsonObject("line");
        assertEquals("UNDER_OBJECTION", objected.getString("standing"));
        List<Integer> given = objected.getJsonArray("aspects").getValuesAs(JsonObject.class).stream()
                .map(aspect -> aspect.getInt("stars")).toList();
        int lowered = given.indexOf(given.stream().filter(stars -> stars > 0).findFirst().orElseThrow());
        StarObjectionScreen.takeOffOneStar(deploymentUrl, TENANT, StandardLogin.COMMITTEE_SECRETARY.username(),
                "该党员全年未参加联户服务", objected.getString("name"), given, lowered);
        JsonObject answered = ok(anonymous.get(starJson)).getJsonObject("line");
        assertEquals(objected.getInt("total") - 1, answered.getInt("total"));
        assertTrue(answered.getBoolean("reviewed"));
        assertEquals("IN_PUBLICITY", answered.getString("standing"));
    }
}
