package org.jiannuo.it.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jiannuo.it.support.ClientTestBase;
import org.jiannuo.it.support.HttpSession;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions, batches and the inbox over /api/v1 in the demo tenant, with the screens' authorization: the
 * department keeps subscriptions and batches, every recipient reads their own inbox only.
 */
class DeliveryApiIT extends ClientTestBase {

    @Test
    void theDepartmentKeepsSubscriptionsAndEveryoneElseIsRefused() throws Exception {
        var created = http.api("POST", "api/v1/subscriptions", ADMIN, PASSWORD,
                "{\"report\":\"HALF_YEAR_BULLETIN\",\"audience\":\"COMMITTEE_SECRETARY\",\"dayOfMonth\":28,\"hour\":23}",
                null);
        assertEquals(200, created.statusCode(), created.body());
        JsonObject subscription = json(created);
        long id = subscription.getJsonNumber("id").longValue();
        // Paused at once: the demo's own schedule keeps to what the suite asks of it.
        var paused = http.api("POST", "api/v1/subscriptions/" + id + "/pause", ADMIN, PASSWORD,
                "{\"version\":" + subscription.getJsonNumber("version").longValue() + "}", null);
        assertEquals(200, paused.statusCode(), paused.body());
        assertEquals(false, json(paused).getBoolean("active"));
        assertTrue(http.api("GET", "api/v1/subscriptions", ADMIN, PASSWORD, null, null).body().contains("\"id\":" + id));

        var badDay = http.api("POST", "api/v1/subscriptions", ADMIN, PASSWORD,
                "{\"report\":\"LEDGER\",\"audience\":\"LEADER\",\"dayOfMonth\":31,\"hour\":8}", "en");
        assertEquals(422, badDay.statusCode(), badDay.body());
        assertTrue(json(badDay).getString("type").endsWith("subscription.day"), badDay.body());

        assertEquals(403, http.api("POST", "api/v1/subscriptions", BRANCH_SECRETARY, PASSWORD,
                "{\"report\":\"LEDGER\",\"audience\":\"LEADER\",\"dayOfMonth\":3,\"hour\":8}", null).statusCode());
        assertEquals(403, http.api("GET", "api/v1/subscriptions", MEMBER, PASSWORD, null, null).statusCode());
        assertEquals(403, http.api("GET", "api/v1/subscriptions/runs", BRANCH_SECRETARY, PASSWORD, null, null)
                .statusCode());
        assertEquals(200, http.api("GET", "api/v1/subscriptions/runs", ADMIN, PASSWORD, null, null).statusCode());
    }

    @Test
    void theInboxIsOnesOwn() throws Exception {
        var inbox = http.api("GET", "api/v1/inbox", BRANCH_SECRETARY, PASSWORD, null, null);
        assertEquals(200, inbox.statusCode(), inbox.body());
        assertTrue(json(inbox).containsKey("total"), inbox.body());
        assertEquals(404, http.apiBytes("GET", "api/v1/inbox/987654321/document", MEMBER, PASSWORD).statusCode());
        assertEquals(401, http.api("GET", "api/v1/inbox", "nobody@demo", "wrong-password", null, null).statusCode());
    }

    @Test
    void theScreensSpeakBothLanguagesAndKeepToTheirUsers() throws Exception {
        assertEquals(302, http.login("demo", "admin", PASSWORD).statusCode());
        HttpResponse<String> subscriptions = http.get("subscriptions.xhtml?lang=en");
        assertEquals(200, subscriptions.statusCode());
        assertTrue(subscriptions.body().contains("Report subscriptions"), subscriptions.body());
        HttpResponse<String> runs = http.get("deliveryRuns.xhtml?lang=zh");
        assertEquals(200, runs.statusCode());
        assertTrue(runs.body().contains("报告生成批次"), runs.body());

        HttpSession secretary = new HttpSession(deploymentUrl.toURI());
        assertEquals(302, secretary.login("demo", "zhibu", PASSWORD).statusCode());
        HttpResponse<String> inbox = secretary.get("inbox.xhtml?lang=en");
        // The switch is kept on the account: the demo's secretary reads Chinese again for the other tests.
        assertEquals(200, secretary.get("inbox.xhtml?lang=zh").statusCode());
        assertEquals(200, inbox.statusCode());
        assertTrue(inbox.body().contains("My reports"), inbox.body());
        assertTrue(secretary.get("subscriptions.xhtml").statusCode() >= 400, "the department's screen only");
    }
}
