package org.jiannuo.it.adversarial;

import static org.jiannuo.it.adversarial.Attack.Outcome.gotThrough;
import static org.jiannuo.it.adversarial.Attack.Outcome.refusedIf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.jiannuo.it.support.HttpSession;

/**
 * Files that cost the server more than they are worth, or are not what their name says (1, 2, 11). Expected
 * answers: a crafted workbook refused with a 4xx problem quickly, an over-size body 413 before it is read, a
 * zip named .docx refused with nothing stored.
 */
final class FileAttacks {

    /** Seconds within which a crafted file must be refused. */
    private static final int QUICKLY = 15;
    /** Bigger than any import (20 MB) and any monthly record's files (6 of 5 MB, in base64) may be. */
    private static final long OVERSIZE = 64L * 1024 * 1024;

    private final Target target;

    FileAttacks(Target target) {
        this.target = target;
    }

    List<Attack> attacks() {
        return List.of(
                new Attack(1, "a workbook with cells in its last column (XFD) imported", () -> importWorkbook(CraftedFiles.farColumnSheet())),
                new Attack(1, "a workbook whose sheet inflates to 200 MB imported", () -> importWorkbook(CraftedFiles.inflatingSheet())),
                new Attack(2, "a 64 MB body sent to the import", () -> oversize("api/v1/imports/people",
                        "application/octet-stream", Target.ADMIN)),
                new Attack(2, "a 64 MB body sent to a monthly record's evidence", this::oversizeEvidence),
                new Attack(11, "a plain zip named .docx as a monthly record's evidence", this::zipAsDocx));
    }

    private Attack.Outcome importWorkbook(byte[] workbook) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = target.client().send(HttpRequest.newBuilder(target.client().uri("api/v1/imports/people"))
                .header("Authorization", HttpSession.basic(Target.ADMIN, Target.DEMO_PASSWORD))
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        boolean problem = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        boolean refused = answer.statusCode() >= 400 && answer.statusCode() < 500 && problem
                || answer.statusCode() == 200 && previewRefusesTheFile(answer.body());
        return refusedIf(refused && seconds < QUICKLY, String.format("%s in %.1f s", Target.brief(answer), seconds));
    }

    /**
     * The import's first step is a preview that applies nothing: a file it cannot take comes back with no row read
     * and the reason as its problem ({@code import.tooManyColumns}, {@code import.workbookTooLarge}…).
     */
    private static boolean previewRefusesTheFile(String body) {
        JsonObject preview = Json.createReader(new StringReader(body)).readObject();
        return preview.getInt("rows", -1) == 0 && preview.getInt("problemCount", 0) > 0
                && preview.getJsonArray("problems").getJsonObject(0).getString("code", "").startsWith("import.");
    }

    /**
     * An over-size body is announced with its length and a request to confirm (Expect: 100-continue): a server that
     * refuses it unread answers 413 at once, and the body is never sent.
     */
    private Attack.Outcome oversize(String path, String contentType, String user) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = target.client().send(HttpRequest.newBuilder(target.client().uri(path))
                    .header("Authorization", HttpSession.basic(user, Target.DEMO_PASSWORD))
                    .header("Content-Type", contentType).header("Accept", "application/json")
                    .version(HttpClient.Version.HTTP_1_1).expectContinue(true).timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.fromPublisher(
                            HttpRequest.BodyPublishers.ofInputStream(() -> new CraftedFiles.Filler(OVERSIZE)), OVERSIZE)),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return gotThrough("the connection broke before an answer: " + e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return refusedIf(answer.statusCode() == 413, String.format("%s in %.1f s", Target.brief(answer), seconds));
    }

    private Attack.Outcome oversizeEvidence() throws Exception {
        return oversize("api/v1/fulfilment/commitments/" + recordableCommitment().getJsonNumber("id").longValue()
                + "/records", "application/json", Target.BRANCH_SECRETARY);
    }

    private Attack.Outcome zipAsDocx() throws Exception {
        JsonObject commitment = recordableCommitment();
        long id = commitment.getJsonNumber("id").longValue();
        String month = YearMonth.now().toString();
        HttpSession http = target.client();
        int recordsBefore = records(http, id);
        HttpResponse<String> answer = http.api("POST", "api/v1/fulfilment/commitments/" + id + "/records",
                Target.BRANCH_SECRETARY, Target.DEMO_PASSWORD, Json.createObjectBuilder()
                        .add("month", month).add("note", "本月按计划推进。").add("progress", commitment.getInt("progress"))
                        .add("version", 0)
                        .add("files", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("fileName", "证明材料.docx")
                                .add("base64", Base64.getEncoder().encodeToString(CraftedFiles.plainZip()))))
                        .build().toString(), null);
        boolean stored = records(http, id) > recordsBefore;
        return refusedIf(answer.statusCode() >= 400 && answer.statusCode() < 500 && !stored,
                "POST " + Target.brief(answer) + (stored ? "; the record was stored" : "; nothing stored"));
    }

    private static int records(HttpSession http, long commitment) throws Exception {
        return Target.json(http.api("GET", "api/v1/fulfilment/commitments/" + commitment, Target.BRANCH_SECRETARY,
                Target.DEMO_PASSWORD, null, null)).getJsonArray("records").size();
    }

    /**
     * An approved item of someone of the secretary's branch (not one of the demo's logins, whom other tests
     * follow) that has no record this month yet: a monthly record for it would be accepted.
     */
    private JsonObject recordableCommitment() throws Exception {
        HttpSession http = target.client();
        long branch = target.me(Target.BRANCH_SECRETARY, Target.DEMO_PASSWORD).getJsonNumber("unitId").longValue();
        Set<String> logins = Set.of(
                target.me(Target.MEMBER, Target.DEMO_PASSWORD).getString("displayName"),
                target.me(Target.BRANCH_SECRETARY, Target.DEMO_PASSWORD).getString("displayName"),
                target.me("xingzheng@" + Target.DEMO, Target.DEMO_PASSWORD).getString("displayName"));
        LocalDate thisMonth = YearMonth.now().atDay(1);
        for (JsonObject line : Target.json(http.api("GET", "api/v1/ledger?unit=" + branch + "&year=" + thisMonth.getYear()
                + "&size=200", Target.BRANCH_SECRETARY, Target.DEMO_PASSWORD, null, null)).getJsonArray("rows")
                .getValuesAs(JsonObject.class)) {
            JsonValue lastRecord = line.get("lastRecordMonth");
            boolean recordedThisMonth = lastRecord instanceof JsonString last
                    && !LocalDate.parse(last.getString()).isBefore(thisMonth);
            if (!line.getBoolean("collective") && !logins.contains(line.getString("ownerName")) && !recordedThisMonth) {
                JsonObject dossier = Target.json(http.api("GET", "api/v1/fulfilment/commitments/"
                        + line.getJsonNumber("id").longValue(), Target.BRANCH_SECRETARY, Target.DEMO_PASSWORD, null, null));
                if (dossier.getBoolean("mayRecord")) {
                    return dossier.getJsonObject("commitment");
                }
            }
        }
        throw new IllegalStateException("No item of the branch takes a monthly record now");
    }
}
