package org.jiannuo.it.yearend;

import static org.jiannuo.it.support.YearEndDriver.lastDay;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.yearend.BranchEvaluations;
import org.jiannuo.application.yearend.Campaigns;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.HttpSession;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.jiannuo.it.support.YearEndDriver;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Who {@code /api/v1/year-end} and {@code /api/v1/year-end/rewards} answer (issue 13), on a branch whose ballots are
 * closed: reading the branch's evaluation, proposing and publishing are its secretary's, confirming its superior's;
 * designating a model post and ordering a rectification are the branch's and those above it (the department's
 * here), except on oneself. A member is told a
 * branch they may not read does not exist (404) and refused what they may read but not decide (403), as is the
 * branch secretary confirming their own branch; another tenant's department is told nothing exists (404); anyone
 * unsigned is asked to sign in (401).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearEndRestAccessIT extends StandardUsersTestBase {

    /** Fixed: the client's test, run in the test's own process, reads the same tenant. */
    private static final String TENANT = "it-yeaccess";

    @ArquillianResource
    URL deploymentUrl;

    @EJB
    Campaigns campaigns;

    @EJB
    BranchEvaluations branches;

    @EJB
    Occasions occasions;

    @Test
    @Order(1)
    void aBranchWhoseBallotsAreClosed() throws Exception {
        signInStandardUsers(TENANT, 97);
        otherTenantAdmin();
        LocalDate today = LocalDate.now();
        long campaign = admin.call(() -> campaigns.open(today.getYear(), today, lastDay(today))).id();
        YearEndDriver.voted(branches, occasions, campaign, branchSecretary.account().scopeUnitId(), branchSecretary);
    }

    @Test
    @Order(2)
    @RunAsClient
    void onlyTheRightRolesReadAndDecide() throws Exception {
        Caller callers = new Caller(new HttpSession(deploymentUrl.toURI()));
        String secretary = user(StandardLogin.BRANCH_SECRETARY);
        String superior = user(StandardLogin.COMMITTEE_SECRETARY);
        String department = user(StandardLogin.ADMIN);
        long campaign = callers.json("GET", "api/v1/year-end/campaigns", secretary, null).asJsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        long id = callers.json("GET", "api/v1/year-end/campaigns/" + campaign + "/branches", secretary, null)
                .asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        String branch = "api/v1/year-end/branches/" + id;

        callers.refused("GET", branch, null, 404);
        List<JsonObject> lines = callers.json("GET", branch, secretary, null).asJsonObject().getJsonArray("members")
                .getValuesAs(JsonObject.class);
        JsonArrayBuilder proposal = Json.createArrayBuilder();
        lines.forEach(line -> proposal.add(Json.createObjectBuilder().add("personId", line.getJsonNumber("personId"))
                .add("grade", line.getString("suggested"))));
        String proposed = Json.createObjectBuilder().add("lines", proposal).build().toString();
        callers.refused("POST", branch + "/proposal", proposed, 404);
        callers.json("POST", branch + "/proposal", secretary, proposed);

        callers.refused("POST", branch + "/confirmation", null, 404);
        assertEquals(403, callers.call("POST", branch + "/confirmation", secretary, null).statusCode(),
                "the branch does not confirm its own proposal");
        callers.json("POST", branch + "/confirmation", superior, null);

        callers.refused("POST", branch + "/publication", null, 404);
        callers.json("POST", branch + "/publication", secretary, null);
        // Published, the branch is its members' to read, not to decide.
        callers.json("GET", branch, user(StandardLogin.MEMBER), null);
        assertEquals(403, callers.call("POST", branch + "/publication", user(StandardLogin.MEMBER), null).statusCode());

        String rewards = "api/v1/year-end/rewards/branches/" + id;
        callers.refused("GET", rewards, null, 404);
        callers.json("GET", rewards, secretary, null);
        JsonObject excellent = line(lines, "EXCELLENT");
        String designation = Json.createObjectBuilder().add("personId", excellent.getJsonNumber("personId"))
                .add("title", "便民服务示范岗").build().toString();
        callers.refused("POST", rewards + "/model-posts", designation, 404);
        // Nobody rewards themselves: the branch secretary's own post is the superior's to designate.
        callers.json("POST", rewards + "/model-posts", excellent.getBoolean("branchSecretary") ? superior : secretary,
                designation);
        String order = Json.createObjectBuilder().add("personId", line(lines, "UNQUALIFIED").getJsonNumber("personId"))
                .add("reason", "践诺不力，限期整改").add("deadline", LocalDate.now().plusDays(30).toString()).build()
                .toString();
        callers.refused("POST", rewards + "/rectifications", order, 404);
        callers.json("POST", rewards + "/rectifications", department, order);
    }

    private static JsonObject line(List<JsonObject> lines, String suggested) {
        return lines.stream().filter(line -> suggested.equals(line.getString("suggested"))).findFirst().orElseThrow();
    }

    private static String user(StandardLogin login) {
        return login.username() + "@" + TENANT;
    }

    /** The calls of the tenant's users, of another tenant's department and of nobody signed in. */
    private record Caller(HttpSession http) {

        HttpResponse<String> call(String method, String path, String user, String json) throws Exception {
            return http.api(method, path, user, Fixtures.PASSWORD, json, null);
        }

        JsonValue json(String method, String path, String user, String json) throws Exception {
            HttpResponse<String> response = call(method, path, user, json);
            assertEquals(200, response.statusCode(), method + " " + path + " as " + user + ": " + response.body());
            return Json.createReader(new StringReader(response.body())).readValue();
        }

        /** Refused the member (with {@code memberStatus}), another tenant's department and anyone unsigned. */
        void refused(String method, String path, String json, int memberStatus) throws Exception {
            assertEquals(memberStatus, call(method, path, user(StandardLogin.MEMBER), json).statusCode(),
                    method + " " + path + " as the member");
            String stranger = StandardLogin.ADMIN.username() + "@" + Fixtures.TENANT_A;
            assertEquals(404, call(method, path, stranger, json).statusCode(), method + " " + path + " as " + stranger);
            HttpRequest.Builder anonymous = HttpRequest.newBuilder(http.uri(path)).header("Accept", "application/json")
                    .header("Content-Type", "application/json").method(method, json == null
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            assertEquals(401, http.send(anonymous, HttpResponse.BodyHandlers.ofString()).statusCode(),
                    method + " " + path + " unsigned");
        }
    }
}
