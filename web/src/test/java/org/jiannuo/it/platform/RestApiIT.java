package org.jiannuo.it.platform;

import org.jiannuo.it.support.ClientTestBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The REST API under the same authorization as the screens, failing with problem JSON people can read. */
class RestApiIT extends ClientTestBase {

    @Test
    void aBodyThatIsNotJsonIsTheCallersMistake() throws Exception {
        long id = json(http.api("GET", "api/v1/people?size=1", ADMIN, PASSWORD, null, null))
                .getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> answer = http.api("PUT", "api/v1/people/" + id, ADMIN, PASSWORD, "{\"version\": [", null);
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(json(answer).getString("detail").startsWith("请求无效"), answer.body());
    }

    @Test
    void aBranchSecretaryListsOnlyTheirBranch() throws Exception {
        JsonObject all = json(http.api("GET", "api/v1/people?size=500", ADMIN, PASSWORD, null, null));
        JsonObject branch = json(http.api("GET", "api/v1/people?size=500", BRANCH_SECRETARY, PASSWORD, null, null));

        assertTrue(branch.getInt("total") < all.getInt("total"));
        JsonArray rows = branch.getJsonArray("rows");
        String unit = rows.getJsonObject(0).getString("unitName");
        rows.forEach(row -> assertEquals(unit, row.asJsonObject().getString("unitName")));
    }

    @Test
    void someoneOutsideTheScopeIsNotFoundAsProblemJson() throws Exception {
        JsonArray everyone = json(http.api("GET", "api/v1/people?size=500", ADMIN, PASSWORD, null, null))
                .getJsonArray("rows");
        String branchUnit = json(http.api("GET", "api/v1/people?size=1", BRANCH_SECRETARY, PASSWORD, null, null))
                .getJsonArray("rows").getJsonObject(0).getString("unitName");
        long outsider = everyone.stream().map(row -> row.asJsonObject())
                .filter(row -> !row.getString("unitName").equals(branchUnit))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        HttpResponse<String> refused = http.api("GET", "api/v1/people/" + outsider, BRANCH_SECRETARY, PASSWORD, null, null);

        assertEquals(404, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(json(refused).getString("detail").contains("没有找到"), refused.body());
    }

    @Test
    void aBrokenRuleAndAStaleVersionAreRefusedInTheCallersLanguage() throws Exception {
        long id = json(http.api("GET", "api/v1/people?size=1&first=9", ADMIN, PASSWORD, null, null))
                .getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject person = json(http.api("GET", "api/v1/people/" + id, ADMIN, PASSWORD, null, null));
        JsonObject profile = person.getJsonObject("profile");
        long version = person.getJsonNumber("version").longValue();

        HttpResponse<String> badPhone = http.api("PUT", "api/v1/people/" + id, ADMIN, PASSWORD,
                revision(version, profile, "12345"), null);
        assertEquals(422, badPhone.statusCode(), badPhone.body());
        assertTrue(json(badPhone).getString("detail").contains("联系电话“12345”格式不对"), badPhone.body());
        HttpResponse<String> inEnglish = http.api("PUT", "api/v1/people/" + id, ADMIN, PASSWORD,
                revision(version, profile, "12345"), "en");
        assertTrue(json(inEnglish).getString("detail").startsWith("Phone \"12345\" is not valid"), inEnglish.body());

        HttpResponse<String> saved = http.api("PUT", "api/v1/people/" + id, ADMIN, PASSWORD,
                revision(version, profile, "13933334444"), null);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("13933334444", json(saved).getJsonObject("profile").getString("phone"));

        HttpResponse<String> stale = http.api("PUT", "api/v1/people/" + id, ADMIN, PASSWORD,
                revision(version, profile, "13933335555"), null);
        assertEquals(409, stale.statusCode(), stale.body());
    }

    @Test
    void unitsAreListedFromTheTopOfTheCallersScope() throws Exception {
        JsonArray top = Json.createReader(new StringReader(
                http.api("GET", "api/v1/units", ADMIN, PASSWORD, null, null).body())).readArray();
        JsonArray branchTop = Json.createReader(new StringReader(
                http.api("GET", "api/v1/units", BRANCH_SECRETARY, PASSWORD, null, null).body())).readArray();

        assertEquals(4, top.size(), "the demo county's four committees");
        assertEquals(1, branchTop.size());
        assertEquals("BRANCH", branchTop.getJsonObject(0).getString("type"));
        assertEquals(403, http.api("POST", "api/v1/units", BRANCH_SECRETARY, PASSWORD,
                "{\"parentId\":" + branchTop.getJsonObject(0).getJsonNumber("id") + ",\"type\":\"BRANCH\",\"name\":\"越权\"}",
                null).statusCode());
    }

    @Test
    void onlyThePlatformAdministratorListsTenants() throws Exception {
        HttpResponse<String> tenants = http.api("GET", "api/v1/tenants", "root@platform", PASSWORD, null, null);

        assertEquals(200, tenants.statusCode(), tenants.body());
        assertTrue(Json.createReader(new StringReader(tenants.body())).readArray().stream()
                .anyMatch(tenant -> tenant.asJsonObject().getString("code").equals("demo")));
        assertEquals(403, http.api("GET", "api/v1/tenants", ADMIN, PASSWORD, null, null).statusCode());
        assertEquals(404, http.api("POST", "api/v1/tenants/no-such-county/suspend", "root@platform", PASSWORD, "{}", null)
                .statusCode());
    }

    @Test
    void exportsInTheImportFormatAndPreviewsAndRefusesImportsWithReadableProblems() throws Exception {
        HttpResponse<byte[]> units = http.getBytes("api/v1/units/export?format=CSV", ADMIN, PASSWORD);
        assertEquals(200, units.statusCode());
        assertTrue(units.headers().firstValue("Content-Disposition").orElseThrow().contains("units-"));
        String unitsCsv = new String(units.body(), StandardCharsets.UTF_8);
        assertTrue(unitsCsv.startsWith("\uFEFF组织路径,组织类别"), unitsCsv.substring(0, 20));

        HttpResponse<byte[]> own = http.getBytes("api/v1/people/export?format=CSV", BRANCH_SECRETARY, PASSWORD);
        List<String> ownPaths = new String(own.body(), StandardCharsets.UTF_8).lines().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).distinct().toList();
        assertEquals(1, ownPaths.size(), "a branch secretary exports their own branch only: " + ownPaths);

        byte[] file = ("unit_path,name,id_card_no,party_status\r\n" + ownPaths.get(0)
                + ",接口导入,123,团员\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> preview = http.postFile("api/v1/imports/people", BRANCH_SECRETARY, PASSWORD, file, "en");
        assertEquals(200, preview.statusCode(), preview.body());
        JsonArray problems = json(preview).getJsonArray("problems");
        assertEquals(2, problems.size(), preview.body());
        assertTrue(problems.getJsonObject(1).getString("message").startsWith("\"团员\" is not recognised"),
                problems.toString());
        // The resource is one instance for every request: each call is still answered in its own caller's language.
        HttpResponse<String> inChinese = http.postFile("api/v1/imports/people", BRANCH_SECRETARY, PASSWORD, file,
                "zh-CN");
        assertTrue(json(inChinese).getJsonArray("problems").getJsonObject(1).getString("message")
                .startsWith("无法识别“团员”"), inChinese.body());

        HttpResponse<String> refused = http.postFile("api/v1/imports/people?apply=true", BRANCH_SECRETARY, PASSWORD,
                file, "zh-CN");
        assertEquals(422, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(json(refused).getString("detail").contains("没有导入任何数据"), refused.body());
        assertEquals(403, http.postFile("api/v1/imports/units", BRANCH_SECRETARY, PASSWORD, file, "zh-CN").statusCode());
    }

    @Test
    void aMemberChangesTheirOwnContactDetailsOnlyAndTheBranchSecretaryTheRest() throws Exception {
        long own = json(http.api("GET", "api/v1/me", MEMBER, PASSWORD, null, null)).getJsonNumber("personId").longValue();
        JsonObject person = json(http.api("GET", "api/v1/people/" + own, MEMBER, PASSWORD, null, null));
        JsonObject profile = person.getJsonObject("profile");
        long version = person.getJsonNumber("version").longValue();
        assertFalse(person.getBoolean("recordKept"), "the form shows the organization's record read-only");

        HttpResponse<String> retiring = http.api("PUT", "api/v1/people/" + own, MEMBER, PASSWORD,
                Json.createObjectBuilder().add("version", version).add("profile", Json.createObjectBuilder(profile)
                        .add("partyStatus", "PROBATIONARY_MEMBER").add("retired", true).add("infirm", true)
                        .add("floating", true).add("floatingLocation", "深圳")).build().toString(), null);
        assertEquals(422, retiring.statusCode(), retiring.body());
        assertTrue(json(retiring).getString("detail").contains("由所在党组织维护"), retiring.body());
        JsonObject unchanged = json(http.api("GET", "api/v1/people/" + own, MEMBER, PASSWORD, null, null));
        assertEquals(version, unchanged.getJsonNumber("version").longValue(), "nothing changed");
        assertEquals(profile, unchanged.getJsonObject("profile"));

        HttpResponse<String> newPhone = http.api("PUT", "api/v1/people/" + own, MEMBER, PASSWORD,
                revision(version, profile, "13977778888"), null);
        assertEquals(200, newPhone.statusCode(), newPhone.body());
        assertEquals("13977778888", json(newPhone).getJsonObject("profile").getString("phone"));

        JsonObject saved = json(newPhone);
        HttpResponse<String> bySecretary = http.api("PUT", "api/v1/people/" + own, BRANCH_SECRETARY, PASSWORD,
                Json.createObjectBuilder().add("version", saved.getJsonNumber("version").longValue())
                        .add("profile", Json.createObjectBuilder(saved.getJsonObject("profile")).add("infirm", true))
                        .build().toString(), null);
        assertEquals(200, bySecretary.statusCode(), bySecretary.body());
        assertTrue(json(bySecretary).getJsonObject("profile").getBoolean("infirm"), "the branch keeps the record");
        JsonObject kept = json(bySecretary);
        assertEquals(200, http.api("PUT", "api/v1/people/" + own, BRANCH_SECRETARY, PASSWORD,
                Json.createObjectBuilder().add("version", kept.getJsonNumber("version").longValue())
                        .add("profile", Json.createObjectBuilder(kept.getJsonObject("profile"))
                                .add("infirm", profile.getBoolean("infirm")))
                        .build().toString(), null).statusCode(), "as it was, for the other tests of the demo");
    }

    @Test
    void aFormulaIsNoNameAndAFormulaInAFreeTextFieldIsExportedAsText() throws Exception {
        JsonObject row = json(http.api("GET", "api/v1/people?size=1&first=3", BRANCH_SECRETARY, PASSWORD, null, null))
                .getJsonArray("rows").getJsonObject(0);
        long id = row.getJsonNumber("id").longValue();
        JsonObject person = json(http.api("GET", "api/v1/people/" + id, BRANCH_SECRETARY, PASSWORD, null, null));
        JsonObject profile = person.getJsonObject("profile");
        long version = person.getJsonNumber("version").longValue();

        HttpResponse<String> formulaName = http.api("PUT", "api/v1/people/" + id, BRANCH_SECRETARY, PASSWORD,
                Json.createObjectBuilder().add("version", version)
                        .add("profile", Json.createObjectBuilder(profile).add("name", "=1+1")).build().toString(), null);
        assertEquals(422, formulaName.statusCode(), formulaName.body());
        assertTrue(json(formulaName).getString("detail").contains("不是人名"), formulaName.body());

        JsonObject withFormula = json(http.api("PUT", "api/v1/people/" + id, BRANCH_SECRETARY, PASSWORD,
                Json.createObjectBuilder().add("version", version).add("profile", Json.createObjectBuilder(profile)
                        .add("post", "=1+1").addNull("assignedPost")).build().toString(), null));
        try {
            String csv = new String(http.getBytes("api/v1/people/export?format=CSV", BRANCH_SECRETARY, PASSWORD).body(),
                    StandardCharsets.UTF_8);
            String line = csv.lines().filter(l -> l.contains(person.getString("idCardNo"))).findFirst().orElseThrow();
            assertTrue(line.contains(",'=1+1,"), "a text cell, not a formula: " + line);
            assertFalse(line.contains(",=1+1"), line);
        } finally {
            http.api("PUT", "api/v1/people/" + id, BRANCH_SECRETARY, PASSWORD, Json.createObjectBuilder()
                    .add("version", withFormula.getJsonNumber("version").longValue()).add("profile", profile)
                    .build().toString(), null);
        }
    }

    private static String revision(long version, JsonObject profile, String phone) {
        return Json.createObjectBuilder()
                .add("version", version)
                .add("profile", Json.createObjectBuilder(profile).add("phone", phone))
                .build().toString();
    }
}
