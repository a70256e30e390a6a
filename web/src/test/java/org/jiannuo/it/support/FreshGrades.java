package org.jiannuo.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;

/**
 * Grades in their publicity period, for tests of what may be done during it: the demo branch holds a monthly
 * meeting of a past month through the API, everyone present, closes an empty electronic ballot, grades every
 * member and staff QUALIFIED, confirms and publishes today. The suite's classes share one deployment: each
 * test takes a month of last year that no other uses (the demo holds this year's meetings itself).
 */
public final class FreshGrades {

    private static final String PASSWORD = DemoTenantInstaller.PASSWORD;
    private static final String SECRETARY = "zhibu@" + DemoTenantInstaller.TENANT_CODE;
    private static final String HEAD = "xingzheng@" + DemoTenantInstaller.TENANT_CODE;

    private FreshGrades() {
    }

    /** Publishes the branch's grades of the month today; once per deployment and month. */
    public static void publish(HttpSession http, long branch, YearMonth period) throws Exception {
        JsonObject meeting = json(http.api("POST", "api/v1/meetings", SECRETARY, PASSWORD, "{\"unitId\":" + branch
                + ",\"kind\":\"ORGANIZATION_LIFE\",\"period\":\"" + period + "\",\"heldOn\":\"" + period.atDay(10)
                + "\"}", null));
        long id = meeting.getJsonObject("summary").getJsonNumber("id").longValue();
        String everyone = meeting.getJsonArray("roster").stream().map(JsonValue::asJsonObject)
                .map(line -> "\"" + line.getJsonNumber("personId") + "\":\"PRESENT\"")
                .collect(Collectors.joining(",", "{\"presence\":{", "}}"));
        ok(http.api("PUT", "api/v1/meetings/" + id + "/attendance", SECRETARY, PASSWORD, everyone, null));
        ok(http.api("POST", "api/v1/meetings/" + id + "/ballot", SECRETARY, PASSWORD, "{\"mode\":\"ELECTRONIC\"}", null));
        ok(http.api("POST", "api/v1/meetings/" + id + "/ballot/close", SECRETARY, PASSWORD, null, null));
        for (Map.Entry<String, String> group : Map.of("MEMBERS", SECRETARY, "STAFF", HEAD).entrySet()) {
            JsonObject sheet = json(http.api("GET", "api/v1/meetings/" + id + "/grades/" + group.getKey(), group.getValue(),
                    PASSWORD, null, null));
            List<JsonObject> rows = sheet.getJsonArray("rows").getValuesAs(JsonObject.class);
            if (rows.isEmpty()) {
                continue;
            }
            String entries = rows.stream().map(row -> "{\"subjectKey\":\"" + row.getString("subjectKey")
                    + "\",\"grade\":\"QUALIFIED\",\"version\":" + row.getJsonNumber("version") + "}")
                    .collect(Collectors.joining(",", "[", "]"));
            ok(http.api("PUT", "api/v1/meetings/" + id + "/grades/" + group.getKey(), group.getValue(), PASSWORD, entries, null));
            ok(http.api("POST", "api/v1/meetings/" + id + "/grades/" + group.getKey() + "/confirmation", group.getValue(),
                    PASSWORD, null, null));
        }
        ok(http.api("POST", "api/v1/meetings/" + id + "/publication", SECRETARY, PASSWORD, null, null));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, () -> response.statusCode() + " " + response.body());
    }
}
