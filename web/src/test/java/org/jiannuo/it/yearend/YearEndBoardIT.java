package org.jiannuo.it.yearend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.application.publicity.BoardAddress;
import org.jiannuo.application.publicity.BoardAddresses;
import org.jiannuo.application.publicity.BoardNotFoundException;
import org.jiannuo.application.publicity.BoardViews.UnitBoard;
import org.jiannuo.application.publicity.ObjectionKind;
import org.jiannuo.application.publicity.ObjectionLine;
import org.jiannuo.application.publicity.Objections;
import org.jiannuo.application.publicity.PublicBoard;
import org.jiannuo.application.publicity.PublicitySettings;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.yearend.BranchEvaluationView;
import org.jiannuo.application.yearend.BranchEvaluations;
import org.jiannuo.application.yearend.Campaigns;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.publicity.HourlyLimitReached;
import org.jiannuo.domain.model.publicity.PublicKey;
import org.jiannuo.domain.model.publicity.PublicityRules;
import org.jiannuo.domain.model.yearend.BranchState;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.HttpSession;
import org.jiannuo.it.support.PrivateFields;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.jiannuo.it.support.YearEndDriver;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The year-end results through publicity (issue 14, points 1 and 4): a branch's evaluation driven to its
 * confirmation shows nothing on the public board; once published, every member's result shows without login on the
 * branch's and the person's pages with its publicity period, and no page or JSON answer carries a private field, a
 * comment or a ballot count. An objection within the period puts the result under objection; only the superior that
 * confirms the branch's results answers it, and the board shows the changed result as reviewed. The hourly limit of
 * an address counts its objections against results and grades together. Once the period is over (publication moved
 * into the past in the database) the result is final and an objection is refused as it is for grades.
 * Then the public reads the results on a 375×740 phone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearEndBoardIT extends StandardUsersTestBase {

    /** Fixed: the phone's test, run as a client in the test's own process, reads the same tenant's board. */
    private static final String TENANT = "it-yeboard";
    private static final String COMMENT = "年终点评不公开" + Math.floorMod(System.nanoTime(), 100_000);

    @ArquillianResource
    URL deploymentUrl;

    @Resource(lookup = "java:app/jdbc/jiannuo")
    DataSource dataSource;

    @EJB
    Campaigns campaigns;

    @EJB
    BranchEvaluations branches;

    @EJB
    Occasions occasions;

    @EJB
    Objections objections;

    @EJB
    PublicBoard board;

    @EJB
    BoardAddresses addresses;

    @EJB
    PublicitySettings settings;

    @EJB
    OrganizationTree tree;

    private final HttpClient anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final LocalDate today = LocalDate.now();
    private long branchId;

    private void signIn() throws Exception {
        signInStandardUsers(TENANT, 71);
        branchId = branchSecretary.account().scopeUnitId();
    }

    @Test
    @Order(1)
    void publishedResultsGoThroughPublicityOnTheBoard() throws Exception {
        signIn();
        long campaign = admin.call(() -> campaigns.open(today.getYear(), today, YearEndDriver.lastDay(today))).id();
        BranchEvaluationView confirmed = YearEndDriver.confirmed(branches, occasions, campaign, branchId, branchSecretary,
                committeeSecretary, COMMENT);
        assertEquals(BranchState.CONFIRMED, confirmed.state());
        BoardAddress address = member.call(() -> addresses.mine());
        String tenant = address.tenantKey();
        String unitPage = "board/unit.xhtml?t=" + tenant + "&u=" + address.unitKey();
        String unitJson = "api/v1/public/board/" + tenant + "/units/" + address.unitKey();
        String personJson = "api/v1/public/board/" + tenant + "/people/" + address.personKey();

        // Confirmed but not published: nothing of it on the board, cached or not.
        assertTrue(json(get(unitJson)).getJsonArray("results").isEmpty());
        assertTrue(json(get(personJson)).getJsonArray("results").isEmpty());
        assertFalse(get(unitPage).body().contains("id=\"board-results\""));

        branchSecretary.call(() -> branches.publish(confirmed.id()));
        List<JsonObject> results = json(get(unitJson)).getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(confirmed.memberCount(), results.size(), "every member's result, at once: " + results);
        LocalDate publicityEnds = new PublicityRules().periodFrom(today).lastDay();
        for (JsonObject result : results) {
            assertEquals("IN_PUBLICITY", result.getString("standing"));
            assertFalse(result.getBoolean("reviewed"));
            assertEquals(publicityEnds.toString(), result.getString("publicityEnds"), "the grades' publicity period");
            assertTrue(PublicKey.parse(result.getString("key")).isPresent(), "an opaque key");
            assertEquals(Set.of("key", "name", "personKey", "year", "result", "publishedOn", "publicityEnds", "standing",
                    "reviewed"), result.keySet(), "the result and its publicity, nothing of the ballots or reasons");
        }
        assertTrue(results.stream().anyMatch(r -> "EXCELLENT".equals(r.getString("result"))), results.toString());
        assertTrue(results.stream().anyMatch(r -> "UNQUALIFIED".equals(r.getString("result"))), results.toString());
        assertTrue(get(unitPage).body().contains("id=\"board-results\""), "the stamp was raised on publication");
        assertEquals(1, json(get(personJson)).getJsonArray("results").size(), "the member's own page");
        UnitBoard peers = member.call(() -> board.unit(tenant, address.unitKey(), null, null, 0));
        assertEquals(results.size(), peers.results().size(), "members see their branch's results in the application");

        // No public response carries a private field or the leader's comment.
        Set<String> secrets = PrivateFields.of(new HttpSession(deploymentUrl.toURI()),
                StandardLogin.ADMIN.username() + "@" + TENANT, Fixtures.PASSWORD);
        assertTrue(secrets.size() > 20, "ID-card numbers, birth dates and phones of the generated people: "
                + secrets.size());
        List<String> scanned = new ArrayList<>(List.of(unitPage, unitJson));
        for (JsonObject result : results) {
            scanned.add("board/result.xhtml?t=" + tenant + "&r=" + result.getString("key"));
            scanned.add("api/v1/public/board/" + tenant + "/results/" + result.getString("key"));
            scanned.add("board/person.xhtml?t=" + tenant + "&p=" + result.getString("personKey"));
            scanned.add("api/v1/public/board/" + tenant + "/people/" + result.getString("personKey"));
        }
        for (String page : scanned) {
            HttpResponse<String> response = get(page);
            assertEquals(200, response.statusCode(), page);
            for (String secret : secrets) {
                assertFalse(response.body().contains(secret), () -> page + " shows a private field");
            }
            assertFalse(response.body().contains(COMMENT), () -> page + " shows the leader's comment");
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), () -> page + " made a session");
        }

        // An objection within the period, answered by the superior only: the board shows it reviewed.
        JsonObject contested = results.stream().filter(r -> "QUALIFIED".equals(r.getString("result"))).findFirst()
                .orElseThrow();
        String contestedJson = "api/v1/public/board/" + tenant + "/results/" + contested.getString("key");
        HttpResponse<String> lodged = post(contestedJson + "/objections", "{\"text\":\"全年多次缺席组织生活\"}");
        assertEquals(201, lodged.statusCode(), lodged.body());
        assertEquals("UNDER_OBJECTION", json(get(contestedJson)).getJsonObject("line").getString("standing"));
        ObjectionLine objection = committeeSecretary.call(() -> objections.list(true)).stream()
                .filter(o -> o.text().equals("全年多次缺席组织生活")).findFirst().orElseThrow();
        assertEquals(ObjectionKind.RESULT, objection.kind());
        assertEquals(String.valueOf(today.getYear()), objection.period());
        assertTrue(objection.fromPublic());
        assertTrue(objection.mayDecide(), "the superior that confirms the branch's results answers");
        assertFalse(branchSecretary.call(() -> objections.list(true)).stream()
                .filter(o -> o.id() == objection.id()).findFirst().orElseThrow().mayDecide());
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> objections.decide(objection.id(),
                objection.version(), "UNQUALIFIED", "支部自己改")), "the branch does not answer for its own results");
        assertThrows(BoardNotFoundException.class, () -> otherBranchMember().call(() -> objections.decide(
                objection.id(), objection.version(), "UNQUALIFIED", "别的支部")), "another branch's member sees nothing");
        assertThrows(BoardNotFoundException.class, () -> member.call(() -> objections.decide(objection.id(),
                objection.version(), "UNQUALIFIED", "本支部党员")));
        assertEquals("objection.reasonRequired", assertThrows(org.jiannuo.domain.model.shared.RuleViolation.class,
                () -> committeeSecretary.call(() -> objections.decide(objection.id(), objection.version(),
                        "UNQUALIFIED", " "))).code());
        ObjectionLine decided = committeeSecretary.call(() -> objections.decide(objection.id(), objection.version(),
                "UNQUALIFIED", "经核实情况属实，调整为不合格"));
        assertEquals("CHANGED", decided.status().name());
        assertEquals(List.of("CREATE", "UPDATE"), audited(objection.id()), "lodged and answered, in the audit trail");
        JsonObject reviewed = json(get(contestedJson)).getJsonObject("line");
        assertEquals("UNQUALIFIED", reviewed.getString("result"));
        assertTrue(reviewed.getBoolean("reviewed"));
        assertEquals("IN_PUBLICITY", reviewed.getString("standing"), "final only once the period is over");
        String contestedPage = "board/result.xhtml?t=" + tenant + "&r=" + contested.getString("key");
        String page = get(contestedPage).body();
        assertTrue(page.contains("id=\"board-reviewed\""), "the page says it was reviewed");
        assertTrue(page.contains("id=\"board-objection-form\""), "objections are still taken");
        assertFalse(page.contains("经核实情况属实"), "the answer's reason is not public");

        // One address's hour counts its objections of both kinds: full after a result's, also for a grade.
        admin.call(() -> settings.change(new PublicitySettings.Settings(5, "", 1, 1000)));
        JsonObject held = results.stream().filter(r -> !r.getString("key").equals(contested.getString("key")))
                .findFirst().orElseThrow();
        String sender = "198.51.100.23";
        board.object(tenant, held.getString("key"), "结果与平时表现不符", sender);
        String gradeKey = PublicKey.random().value();
        assertEquals("objection.tooMany", assertThrows(HourlyLimitReached.class,
                () -> board.object(tenant, gradeKey, "等次异议", sender)).code());
        assertEquals("objection.tooMany", assertThrows(HourlyLimitReached.class,
                () -> board.object(tenant, contested.getString("key"), "再提一次", sender)).code());
        assertThrows(BoardNotFoundException.class, () -> board.object(tenant, gradeKey, "等次异议", "198.51.100.24"),
                "another address gets as far as the key");
        admin.call(() -> settings.change(new PublicitySettings.Settings(5, "", 5, 20)));

        // The period over: final where no objection is open, and an objection refused as for grades.
        publishedLongAgo(confirmed.id());
        JsonObject settled = json(get(contestedJson)).getJsonObject("line");
        assertEquals("FINAL", settled.getString("standing"));
        assertTrue(settled.getBoolean("reviewed"));
        assertEquals("UNDER_OBJECTION", json(get("api/v1/public/board/" + tenant + "/results/" + held.getString("key")))
                .getJsonObject("line").getString("standing"), "an open objection holds it after the period");
        HttpResponse<String> late = post(contestedJson + "/objections", "{\"text\":\"公示期后的异议\"}");
        assertEquals(422, late.statusCode(), late.body());
        assertEquals("objection.afterPublicity", json(late).getString("type").replaceAll(".*[:/]", ""));
        HttpResponse<String> form = anonymous.send(HttpRequest.newBuilder(deploymentUrl.toURI().resolve(contestedJson
                        + "/objections")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=late&language=en")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, form.statusCode());
        assertTrue(form.headers().firstValue("Location").orElseThrow().contains("/board/result.xhtml?t=" + tenant));
        assertTrue(form.headers().firstValue("Location").orElseThrow().endsWith("&outcome=afterPublicity&lang=en"));
        assertTrue(get(contestedPage).body().contains("id=\"board-objection-closed\""));
    }

    /** A member of another branch of the fixture county. */
    private AsUser otherBranchMember() {
        long committee = committeeSecretary.account().scopeUnitId();
        UnitNode other = committeeSecretary.call(() -> tree.children(committee)).stream()
                .filter(unit -> unit.type() == OrgUnitType.BRANCH && unit.id() != branchId).findFirst()
                .orElseThrow(() -> new AssertionError("the fixture's committee has a second branch"));
        return member.member(Long.MAX_VALUE / 2, other.id());
    }

    /** What the public meets on a phone: the branch's results on its board, and a result's own page. */
    @Test
    @Order(2)
    @RunAsClient
    void thePublicReadsTheResultsOnAPhone() throws Exception {
        JsonObject address = json(new HttpSession(deploymentUrl.toURI()).api("GET", "api/v1/board",
                StandardLogin.MEMBER.username() + "@" + TENANT, Fixtures.PASSWORD, null, null));
        String tenant = address.getString("tenantKey");
        String unitPage = "board/unit.xhtml?t=" + tenant + "&u=" + address.getString("unitKey");
        JsonObject result = json(get("api/v1/public/board/" + tenant + "/units/" + address.getString("unitKey")))
                .getJsonArray("results").getJsonObject(0);
        ChromeDriver browser = BrowserSupport.start(BrowserSupport.PHONE_WIDTH, 740);
        try {
            browser.get(deploymentUrl + unitPage);
            assertTrue(browser.findElement(By.id("board-results")).getText().contains(result.getString("name")));
            BrowserSupport.assertFitsPhone(browser, "yearend-board-unit-phone");
            browser.get(deploymentUrl + "board/result.xhtml?t=" + tenant + "&r=" + result.getString("key"));
            assertTrue(browser.findElement(By.tagName("body")).getText().contains(result.getString("name")));
            BrowserSupport.assertFitsPhone(browser, "yearend-board-result-phone");
        } finally {
            BrowserSupport.quit(browser);
        }
    }

    /**
     * Moves the branch's publication two months back, as a test-only change of the database, and raises the board's
     * stamp as a publication does.
     */
    private void publishedLongAgo(long branchEvaluationId) throws Exception {
        try (Connection connection = inTenant()) {
            try (PreparedStatement moved = connection.prepareStatement(
                    "UPDATE year_end_branch SET published_at = ? WHERE id = ?")) {
                moved.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now().minusMonths(2)));
                moved.setLong(2, branchEvaluationId);
                assertEquals(1, moved.executeUpdate());
            }
            try (PreparedStatement stamp = connection.prepareStatement(
                    "UPDATE tenant SET board_stamp = board_stamp + 1 WHERE code = ?")) {
                stamp.setString(1, TENANT);
                assertEquals(1, stamp.executeUpdate());
            }
        }
    }

    /** The audit trail's actions on a year-end result's objection, in order. */
    private List<String> audited(long objectionId) throws Exception {
        try (Connection connection = inTenant(); PreparedStatement entries = connection.prepareStatement(
                "SELECT action FROM audit_entry WHERE tenant_code = ? AND entity_type = 'ResultObjection'"
                        + " AND entity_id = ? ORDER BY id")) {
            entries.setString(1, TENANT);
            entries.setLong(2, objectionId);
            List<String> actions = new ArrayList<>();
            try (ResultSet rows = entries.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
            return actions;
        }
    }

    /** A connection of the application's pool, in PostgreSQL bound to the tenant for its row-level security. */
    private Connection inTenant() throws Exception {
        Connection connection = dataSource.getConnection();
        if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            try (PreparedStatement bind = connection.prepareStatement("SELECT set_config('jiannuo.tenant', ?, false)")) {
                bind.setString(1, TENANT);
                bind.execute();
            }
        }
        return connection;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return anonymous.send(HttpRequest.newBuilder(deploymentUrl.toURI().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return anonymous.send(HttpRequest.newBuilder(deploymentUrl.toURI().resolve(path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
