package org.jiannuo.it.ballot;

import org.jiannuo.it.support.BallotSecrecyScan;
import org.jiannuo.it.support.HttpSession;
import org.jiannuo.it.support.QrCodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiannuo.domain.model.ballot.Scale;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ballot is secret from whoever holds the database, its complete statement log and the
 * application log, but not the application's key. Known ballots are cast through every channel: the
 * meeting's ballot over REST and on the phone page, a satisfaction form with participation codes over
 * the public REST call and on the public phone page. On PostgreSQL the server logs every statement
 * with its parameters ({@code log_statement = 'all'}, set with ALTER SYSTEM for the duration and reset
 * after) and no statement of the voting, nor any parameter, carries a choice: only receipts, spent
 * codes and sealed ballots. Counts are written at close, as sums. On both databases the application log
 * and every table are scanned as well.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BallotSecrecyIT {

    private static final String PASSWORD = DemoTenantInstaller.PASSWORD;
    private static final String TENANT = DemoTenantInstaller.TENANT_CODE;
    private static final String BRANCH_SECRETARY = "zhibu@" + TENANT;
    private static final String MEMBER = "dangyuan@" + TENANT;
    private static final Pattern ENTRY_START = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d+)? \\S+ \\[(\\d+)\\] (.*)$");

    @ArquillianResource
    URL deploymentUrl;

    @Resource(lookup = "java:app/jdbc/jiannuo")
    DataSource dataSource;

    @Test
    @Order(1)
    void theApplicationLogIsListenedTo() {
        BallotSecrecyScan.listenToTheApplicationLog();
    }

    @Test
    @Order(2)
    @RunAsClient
    void noStatementOfTheVotingCarriesAChoice() throws Exception {
        assertTrue(revealsChoice("UPDATE ballot_tally SET choice_good = choice_good, choice_poor = choice_poor"
                + " + CASE WHEN subject_key IN ($20) THEN 1 ELSE 0 END WHERE tenant_code = $21 AND meeting_id = $22"),
                "the check catches the statement every ballot ran before the engine");
        assertTrue(revealsChoice("DETAIL:  parameters: $1 = 'P1', $2 = 'SATISFIED'"));
        HttpSession http = new HttpSession(deploymentUrl.toURI());
        long branch = json(http.api("GET", "api/v1/me", BRANCH_SECRETARY, PASSWORD, null, null))
                .getJsonNumber("unitId").longValue();
        // A month of last year: the demo has held this year's meetings already.
        YearMonth period = YearMonth.now().minusYears(1).minusMonths(2);
        JsonObject meeting = json(http.api("POST", "api/v1/meetings", BRANCH_SECRETARY, PASSWORD, "{\"unitId\":"
                + branch + ",\"kind\":\"ORGANIZATION_LIFE\",\"period\":\"" + period + "\",\"heldOn\":\""
                + period.atDay(10) + "\"}", null));
        long meetingId = meeting.getJsonObject("summary").getJsonNumber("id").longValue();
        String everyone = meeting.getJsonArray("roster").stream().map(JsonValue::asJsonObject)
                .map(line -> "\"" + line.getJsonNumber("personId") + "\":\"PRESENT\"")
                .collect(Collectors.joining(",", "{\"presence\":{", "}}"));
        assertEquals(200, http.api("PUT", "api/v1/meetings/" + meetingId + "/attendance", BRANCH_SECRETARY, PASSWORD,
                everyone, null).statusCode());
        assertEquals(200, http.api("POST", "api/v1/meetings/" + meetingId + "/ballot", BRANCH_SECRETARY, PASSWORD,
                "{\"mode\":\"ELECTRONIC\"}", null).statusCode());
        List<String> meetingSubjects = json(http.api("GET", "api/v1/meetings/" + meetingId + "/ballot",
                BRANCH_SECRETARY, PASSWORD, null, null)).getJsonArray("subjects").stream()
                .map(subject -> subject.asJsonObject().getString("key")).toList();

        HttpResponse<String> created = http.api("POST", "api/v1/ballots", BRANCH_SECRETARY, PASSWORD,
                "{\"unitId\":" + branch + ",\"title\":\"群众满意度测评\",\"scale\":\"SATISFACTION\","
                        + "\"eligibility\":\"PARTICIPATION_CODES\",\"mode\":\"ELECTRONIC\","
                        + "\"subjects\":[\"支部班子\",\"党员队伍\",\"为民服务\"]}", null);
        assertEquals(200, created.statusCode(), created.body());
        long formId = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> issued = http.api("POST", "api/v1/ballots/" + formId + "/codes", BRANCH_SECRETARY,
                PASSWORD, "{\"count\":4}", null);
        assertEquals(200, issued.statusCode(), issued.body());
        List<String> codes = json(issued).getJsonArray("codes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        String slipCode = slipCode(formId);
        assertEquals(200, http.api("POST", "api/v1/ballots/" + formId + "/open", BRANCH_SECRETARY, PASSWORD, null,
                null).statusCode());
        List<String> formSubjects = json(http.api("GET", "api/v1/ballots/" + formId, BRANCH_SECRETARY, PASSWORD,
                null, null)).getJsonArray("subjects").stream()
                .map(subject -> subject.asJsonObject().getString("key")).toList();

        try (StatementLog log = StatementLog.start()) {
            long votingFrom = log.mark();
            int cast = 0;
            // the meeting's ballot over REST: the secretary rates every subject 差
            HttpResponse<String> rest = http.api("POST", "api/v1/meetings/" + meetingId + "/ballot/votes",
                    BRANCH_SECRETARY, PASSWORD, choices(meetingSubjects, "POOR"), null);
            assertEquals(204, rest.statusCode(), rest.body());
            cast++;
            // participation codes over the public API, without an account
            assertEquals(204, anonymous("api/v1/public/ballot", "{\"tenant\":\"" + TENANT + "\",\"occasion\":" + formId
                    + ",\"code\":\"" + codes.get(0) + "\"," + choices(formSubjects, "DISSATISFIED").substring(1))
                    .statusCode());
            cast++;
            assertEquals(204, anonymous("api/v1/public/ballot", "{\"tenant\":\"" + TENANT + "\",\"code\":\""
                    + codes.get(1) + "\"," + choices(formSubjects, "BASICALLY_SATISFIED").substring(1)).statusCode());
            cast++;
            assertEquals(422, anonymous("api/v1/public/ballot", "{\"tenant\":\"" + TENANT + "\",\"code\":\""
                    + codes.get(1) + "\"," + choices(formSubjects, "SATISFIED").substring(1)).statusCode(),
                    "a spent code casts nothing");
            // the meeting's phone page, signed in, and the public phone page the slip's QR code opens
            PhoneBallots.castOnBothPages(deploymentUrl, "dangyuan", meetingId, slipCode, 0);
            cast += 2;
            long closingFrom = log.mark();
            JsonObject closedMeeting = json(http.api("POST", "api/v1/meetings/" + meetingId + "/ballot/close",
                    BRANCH_SECRETARY, PASSWORD, null, null));
            assertEquals(2, closedMeeting.getInt("ballotsCast"));
            JsonObject closedForm = json(http.api("POST", "api/v1/ballots/" + formId + "/close", BRANCH_SECRETARY,
                    PASSWORD, null, null));
            assertEquals(3, closedForm.getInt("ballotsCast"));
            assertEquals(3, closedForm.getInt("codesSpent"));
            assertEquals(6, closedForm.getInt("codesIssued"), "4 codes as JSON, 2 on printed slips");
            JsonObject results = json(http.api("GET", "api/v1/ballots/" + formId + "/results", BRANCH_SECRETARY,
                    PASSWORD, null, null));
            assertTrue(results.getBoolean("shown"), results.toString());
            for (JsonValue subject : results.getJsonArray("subjects")) {
                JsonObject counts = subject.asJsonObject().getJsonObject("counts");
                assertEquals(1, counts.getInt("SATISFIED"), subject.toString());
                assertEquals(1, counts.getInt("BASICALLY_SATISFIED"), subject.toString());
                assertEquals(1, counts.getInt("DISSATISFIED"), subject.toString());
            }
            long closedAt = log.mark();

            if (log.enabled()) {
                List<String> voting = log.entries(votingFrom, closingFrom);
                long sealed = voting.stream().filter(entry -> entry.contains("INSERT INTO sealed_ballot")).count();
                assertEquals(cast, sealed, "the statement log holds every ballot's statements: " + voting.size()
                        + " entries");
                for (String entry : voting) {
                    assertFalse(revealsChoice(entry), "a statement of the voting carries a choice: " + entry);
                }
                List<String> closing = log.entries(closingFrom, closedAt);
                assertTrue(closing.stream().anyMatch(entry -> entry.contains("INSERT INTO ballot_count")),
                        "the counts are written at close");
                for (String entry : closing) {
                    assertTrue(!revealsChoice(entry) || entry.contains("INSERT INTO ballot_count")
                            || entry.contains("FROM ballot_count"),
                            "only the close's sums name an option: " + entry);
                }
            }
        }
    }

    @Test
    @Order(3)
    void neitherTheApplicationLogNorAnyTableHoldsAChoice() throws Exception {
        BallotSecrecyScan.assertLogHoldsNone(BallotSecrecyScan.stopListening(), options(), List.of());
        BallotSecrecyScan.Tables tables = BallotSecrecyScan.read(dataSource, TENANT);
        tables.assertSealedBallotsCounted();
        tables.assertNoChoiceStored(options(), Set.of("ballot_count.choice"));
        BallotSecrecyScan.Tables planted = BallotSecrecyScan.readPlanted(dataSource, TENANT,
                "UPDATE ballot_occasion SET title = '基本满意' WHERE tenant_code = '" + TENANT + "'");
        AssertionError caught = assertThrows(AssertionError.class, () -> planted.assertNoChoiceStored(options(),
                Set.of("ballot_count.choice")), "the scan catches a choice planted in a table");
        assertTrue(caught.getMessage().contains("ballot_occasion"), caught.getMessage());
    }

    /**
     * Every option of the two scales cast here, by name and by its Chinese label. (The year-end scale's
     * QUALIFIED is also a star grade's name, which the grading rightly stores.)
     */
    private static List<String> options() {
        List<String> options = new ArrayList<>(Scale.APPRAISAL.options());
        options.addAll(Scale.SATISFACTION.options());
        options.addAll(List.of("好", "较好", "一般", "差", "不了解", "满意", "基本满意", "不满意"));
        return options;
    }

    /**
     * Whether a logged statement (or its parameters) tells what someone chose: a count column of the
     * old tallies, the engine's counts, or any option as a parameter or literal.
     */
    static boolean revealsChoice(String entry) {
        if (Pattern.compile("(?i)\\bchoice_(good|fairly_good|average|poor|unknown)\\b").matcher(entry).find()
                || entry.toLowerCase(Locale.ROOT).contains("ballot_count")) {
            return true;
        }
        return options().stream().anyMatch(option -> entry.contains("'" + option + "'"));
    }

    /**
     * Issues two codes as printed slips and reads the first slip's QR code back: the phone page's
     * address with the tenant, the occasion and the code, as the holder's phone would open it.
     */
    private String slipCode(long formId) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((BRANCH_SECRETARY + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> slips = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(deploymentUrl + "api/v1/ballots/" + formId + "/codes"))
                .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                .header("Accept", "application/pdf").POST(HttpRequest.BodyPublishers.ofString("{\"count\":2}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, slips.statusCode(), new String(slips.body(), StandardCharsets.UTF_8));
        try (PDDocument document = Loader.loadPDF(slips.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("群众满意度测评") && text.contains("参与码"), text);
            // The QR codes are drawn as vector shapes: read them off the rendered page, as a phone's camera would.
            List<String> read = QrCodes.allOnFirstPage(document);
            assertEquals(2, read.size(), "a QR code on each slip: " + read);
            Matcher address = Pattern.compile("/(ballot\\.xhtml\\?t=" + TENANT + "&o=" + formId + "&code=([A-Z0-9-]{19}))$")
                    .matcher(read.get(0));
            assertTrue(address.find(), read.get(0));
            assertTrue(text.contains(address.group(2)), "the slip prints the code for typing too: " + text);
            return address.group(1);
        }
    }

    private static String choices(List<String> subjects, String option) {
        return subjects.stream().map(key -> "\"" + key + "\":\"" + option + "\"")
                .collect(Collectors.joining(",", "{\"choices\":{", "}}"));
    }

    private HttpResponse<String> anonymous(String path, String json) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(deploymentUrl + path))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /**
     * PostgreSQL's own statement log, on for every statement while open. It turns {@code log_statement}
     * to 'all' for the server (ALTER SYSTEM, then a reload, as a superuser), since the application's
     * pooled connections are already open and would not see a database or role setting; closing resets
     * it. The log is read from the file the server writes: the collector's current file, or the
     * server's standard error where the collector is off ({@code it.pg.log}, by default Debian's
     * {@code /var/log/postgresql/postgresql-<major>-main.log}). On H2 there is no statement log.
     */
    private static final class StatementLog implements AutoCloseable {

        private final Connection admin;
        private final Path file;
        private final String user;

        private StatementLog(Connection admin, Path file, String user) {
            this.admin = admin;
            this.file = file;
            this.user = user;
        }

        static StatementLog start() throws Exception {
            if (!"postgresql".equals(System.getProperty("it.db"))) {
                return new StatementLog(null, null, null);
            }
            Connection admin = DriverManager.getConnection(System.getProperty("it.db.url"),
                    System.getProperty("it.db.admin-user"), "");
            try (Statement sql = admin.createStatement()) {
                Path file = logFile(sql);
                assertTrue(Files.isReadable(file), "the server's log is readable at " + file
                        + " (set it.pg.log to where it is)");
                sql.execute("ALTER SYSTEM SET log_statement = 'all'");
                sql.execute("SELECT pg_reload_conf()");
                Thread.sleep(1500);
                return new StatementLog(admin, file, System.getProperty("it.db.user"));
            } catch (Exception e) {
                admin.close();
                throw e;
            }
        }

        private static Path logFile(Statement sql) throws SQLException {
            try (ResultSet row = sql.executeQuery("SELECT current_setting('data_directory'), pg_current_logfile(),"
                    + " current_setting('server_version_num')")) {
                row.next();
                if (row.getString(2) != null) {
                    return Path.of(row.getString(2)).isAbsolute() ? Path.of(row.getString(2))
                            : Path.of(row.getString(1), row.getString(2));
                }
                int major = Integer.parseInt(row.getString(3)) / 10000;
                return Path.of(System.getProperty("it.pg.log", "/var/log/postgresql/postgresql-" + major + "-main.log"));
            }
        }

        boolean enabled() {
            return admin != null;
        }

        long mark() throws IOException, InterruptedException {
            if (!enabled()) {
                return 0;
            }
            Thread.sleep(300);
            return Files.size(file);
        }

        /** The application role's log entries between two marks, each with its parameters. */
        List<String> entries(long from, long to) throws IOException {
            byte[] bytes = new byte[(int) (to - from)];
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                in.seek(from);
                in.readFully(bytes);
            }
            List<StringBuilder> entries = new ArrayList<>();
            Map<String, StringBuilder> lastOfBackend = new HashMap<>();
            StringBuilder current = null;
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                Matcher start = ENTRY_START.matcher(line);
                if (start.matches()) {
                    current = null;
                    if (start.group(3).startsWith(user + "@")) {
                        StringBuilder statement = lastOfBackend.get(start.group(2));
                        if (start.group(3).contains(" DETAIL:  parameters:") && statement != null) {
                            current = statement.append('\n').append(line); // a statement's parameters
                        } else {
                            current = new StringBuilder(line);
                            entries.add(current);
                            lastOfBackend.put(start.group(2), current);
                        }
                    }
                } else if (current != null) {
                    current.append('\n').append(line);
                }
            }
            return entries.stream().map(StringBuilder::toString).toList();
        }

        @Override
        public void close() throws SQLException {
            if (admin == null) {
                return;
            }
            try (Statement sql = admin.createStatement()) {
                sql.execute("ALTER SYSTEM RESET log_statement");
                sql.execute("SELECT pg_reload_conf()");
            } finally {
                admin.close();
            }
        }
    }
}
