package org.jiannuo.it.stars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonDetails;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.domain.model.person.PersonProfile;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.HttpSession;

/**
 * What the village star tests share: placing a person in a village category (through the service as the department
 * admin, or over the API as the demo admin), asserting a refusal by access or by rule, and reading a report's
 * spreadsheet.
 */
final class VillageCategories {

    private VillageCategories() {
    }

    /** Sets the person's village category through the people directory as the department admin. */
    static void place(AsUser admin, PeopleDirectory people, long personId, VillageCategory category) {
        PersonDetails details = admin.call(() -> people.details(personId));
        PersonProfile p = details.profile();
        admin.call(() -> people.revise(personId, details.version(), new PersonProfile(p.name(), p.phone(), p.email(),
                p.partyStatus(), p.post(), p.assignedPost(), p.leadingCadreLevel(), p.retired(), p.infirm(),
                p.floating(), p.floatingLocation(), category)));
    }

    /** Sets the person's village category over the API as the given admin; the one it was (or null). */
    static String placeOverApi(HttpSession http, String admin, String password, long personId, String category)
            throws Exception {
        JsonObject details = ok(http.api("GET", "api/v1/people/" + personId, admin, password, null, null));
        JsonObject profile = details.getJsonObject("profile");
        String was = profile.containsKey("villageCategory") && !profile.isNull("villageCategory")
                ? profile.getString("villageCategory") : null;
        JsonObjectBuilder changed = Json.createObjectBuilder(profile);
        if (category == null) {
            changed.remove("villageCategory");
        } else {
            changed.add("villageCategory", category);
        }
        String body = Json.createObjectBuilder().add("version", details.getJsonNumber("version"))
                .add("profile", changed).build().toString();
        ok(http.api("PUT", "api/v1/people/" + personId, admin, password, body, null));
        return was;
    }

    static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static void denied(Runnable action) {
        assertThrows(AccessDeniedException.class, action::run);
    }

    static String refused(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).code();
    }

    /** Every cell of the spreadsheet's first sheet as text, each followed by a bar: "王秀英|★★|…". */
    static String cells(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder cells = new StringBuilder();
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.append(cell.toString()).append('|');
                }
            }
            return cells.toString();
        }
    }
}
