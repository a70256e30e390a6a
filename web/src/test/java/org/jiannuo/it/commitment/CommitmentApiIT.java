package org.jiannuo.it.commitment;

import org.jiannuo.it.support.ClientTestBase;
import org.jiannuo.it.support.HttpSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The commitment cycle over the REST API: submitted, approved, published and printed as the letter,
 * then recorded with a photo, reported done, closed out and found in the ledger and its exports.
 */
class CommitmentApiIT extends ClientTestBase {

    private HttpSession http;
    private final int year = LocalDate.now().getYear();

    @BeforeEach
    void client() throws URISyntaxException {
        http = new HttpSession(deploymentUrl.toURI());
    }

    @Test
    void submitReviewPublishPrintRecordAndCloseOut() throws Exception {
        JsonObject rules = json(http.api("GET", "api/v1/commitments/rules/" + year, ADMIN, PASSWORD, null, null));
        String openRules = Json.createObjectBuilder(rules).add("publicationDeadline", year + "-12-31").build().toString();
        assertEquals(200, http.api("PUT", "api/v1/commitments/rules/" + year, ADMIN, PASSWORD, openRules, null).statusCode());
        long me = json(http.api("GET", "api/v1/me", MEMBER, PASSWORD, null, null)).getJsonNumber("personId").longValue();
        String mine = "api/v1/commitments?person=" + me + "&year=" + year;
        String marker = "接口承诺" + System.nanoTime() % 100000;

        HttpResponse<String> vague = http.api("POST", mine, MEMBER, PASSWORD, draft("学习", "好好学习"), "zh-CN");
        assertEquals(422, vague.statusCode());
        assertTrue(json(vague).getString("detail").startsWith("承诺内容太笼统"), vague.body());
        long first = json(http.api("POST", mine, MEMBER, PASSWORD, draft("学习", marker + "：读完四本党史书籍"), null))
                .getJsonNumber("id").longValue();
        long second = json(http.api("POST", mine, MEMBER, PASSWORD, draft("服务", marker + "：每月走访联系户一次"), null))
                .getJsonNumber("id").longValue();
        HttpResponse<String> submitted = http.api("POST", "api/v1/commitments/submission?person=" + me + "&year=" + year,
                MEMBER, PASSWORD, "{}", null);
        assertEquals(200, submitted.statusCode(), submitted.body());

        JsonArray queue = json(http.api("GET", "api/v1/commitments/review?year=" + year + "&size=500", BRANCH_SECRETARY,
                PASSWORD, null, null)).getJsonArray("items");
        for (long id : new long[] {first, second}) {
            JsonObject item = queue.stream().map(JsonValue::asJsonObject)
                    .filter(line -> line.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
            String decision = "{\"version\":" + item.getJsonNumber("version") + ",\"outcome\":\"APPROVE\"}";
            assertEquals(403, http.api("POST", "api/v1/commitments/" + id + "/decision", ADMIN.replace("admin", "lingdao"),
                    PASSWORD, decision, null).statusCode(), "leaders read, they do not review");
            assertEquals(200, http.api("POST", "api/v1/commitments/" + id + "/decision", BRANCH_SECRETARY, PASSWORD,
                    decision, null).statusCode());
            assertEquals(409, http.api("POST", "api/v1/commitments/" + id + "/decision", ADMIN, PASSWORD, decision, null)
                    .statusCode(), "the version the first reviewer saw is gone");
        }
        HttpResponse<String> published = http.api("POST", "api/v1/commitments/publication", BRANCH_SECRETARY, PASSWORD,
                "[" + first + "," + second + "]", null);
        assertEquals(200, published.statusCode(), published.body());

        HttpResponse<byte[]> letter = http.getBytes("api/v1/commitments/letters?person=" + me + "&year=" + year,
                MEMBER, PASSWORD);
        assertEquals(200, letter.statusCode());
        try (PDDocument document = Loader.loadPDF(letter.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertTrue(text.contains(year + "年度共产党员公开承诺书"), text);
            assertTrue(text.contains(marker + "：读完四本党史书籍"), text);
            assertTrue(text.contains(marker + "：每月走访联系户一次"), text);
            assertTrue(text.contains("承诺人（签名）") && text.contains("审核党组织（盖章）"), text);
        }
        HttpResponse<byte[]> card = http.getBytes("api/v1/commitments/cards?person=" + me + "&year=" + year,
                MEMBER, PASSWORD);
        assertEquals(200, card.statusCode());
        try (PDDocument document = Loader.loadPDF(card.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertTrue(text.contains(year + "年度共产党员承诺卡") && text.contains(marker + "：每月走访联系户一次"), text);
        }
        long branch = json(http.api("GET", "api/v1/me", BRANCH_SECRETARY, PASSWORD, null, null))
                .getJsonNumber("unitId").longValue();
        HttpResponse<byte[]> booklet = http.getBytes("api/v1/commitments/letters?unit=" + branch + "&members=true&year="
                + year, BRANCH_SECRETARY, PASSWORD);
        try (PDDocument document = Loader.loadPDF(booklet.body())) {
            assertTrue(new PDFTextStripper().getText(document).replaceAll("\\s", "").contains(marker));
        }
        recordReportAndCloseOut(first, marker, branch);
    }

    private void recordReportAndCloseOut(long id, String marker, long branch) throws Exception {
        byte[] photo = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
        String record = Json.createObjectBuilder().add("month", YearMonth.now().toString())
                .add("note", "本月读完第一本并写了心得").add("progress", 30)
                .add("files", Json.createArrayBuilder().add(Json.createObjectBuilder().add("fileName", "读书笔记.png")
                        .add("base64", Base64.getEncoder().encodeToString(photo)))).build().toString();
        String fakePhoto = record.replace(Base64.getEncoder().encodeToString(photo),
                Base64.getEncoder().encodeToString("%PDF-1.4 not a photo".getBytes(StandardCharsets.US_ASCII)));
        HttpResponse<String> refused = http.api("POST", "api/v1/fulfilment/commitments/" + id + "/records", MEMBER,
                PASSWORD, fakePhoto, "zh-CN");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(json(refused).getString("detail").contains("读书笔记.png"), refused.body());

        HttpResponse<String> recorded = http.api("POST", "api/v1/fulfilment/commitments/" + id + "/records", MEMBER,
                PASSWORD, record, null);
        assertEquals(200, recorded.statusCode(), recorded.body());
        JsonObject dossier = json(recorded);
        long fileId = dossier.getJsonArray("records").getJsonObject(0).getJsonArray("files").getJsonObject(0)
                .getJsonNumber("id").longValue();
        HttpResponse<byte[]> file = http.getBytes("api/v1/fulfilment/evidence/" + fileId, BRANCH_SECRETARY, PASSWORD);
        assertEquals(200, file.statusCode());
        assertTrue(Arrays.equals(photo, file.body()), "the file comes back as it went in");
        HttpSession browser = new HttpSession(deploymentUrl.toURI());
        browser.login("demo", "zhibu", PASSWORD);
        assertEquals(200, browser.get("api/v1/fulfilment/evidence/" + fileId).statusCode(),
                "the screens link the file: a signed-in session reads it too");

        long version = dossier.getJsonObject("commitment").getJsonNumber("version").longValue();
        HttpResponse<String> reported = http.api("POST", "api/v1/fulfilment/commitments/" + id + "/completion", MEMBER,
                PASSWORD, "{\"version\":" + version + ",\"evidence\":\"四本书已读完，心得四篇已交支部\"}", null);
        assertEquals(200, reported.statusCode(), reported.body());
        long reportedVersion = json(reported).getJsonObject("commitment").getJsonNumber("version").longValue();
        String close = "{\"version\":" + reportedVersion + ",\"outcome\":\"CLOSED\"}";
        assertEquals(403, http.api("POST", "api/v1/fulfilment/commitments/" + id + "/verification", MEMBER, PASSWORD,
                close, null).statusCode(), "nobody closes out their own item");
        HttpResponse<String> closed = http.api("POST", "api/v1/fulfilment/commitments/" + id + "/verification",
                BRANCH_SECRETARY, PASSWORD, close, null);
        assertEquals(200, closed.statusCode(), closed.body());
        assertEquals("CLOSED", json(closed).getJsonObject("commitment").getString("status"));

        String query = "unit=" + branch + "&year=" + year + "&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8);
        JsonObject page = json(http.api("GET", "api/v1/ledger?" + query, BRANCH_SECRETARY, PASSWORD, null, null));
        assertEquals(2, page.getJsonNumber("total").longValue(), page.toString());
        assertEquals(404, http.api("GET", "api/v1/ledger?" + query, MEMBER, PASSWORD, null, null).statusCode(),
                "a member reads no ledger");
        HttpResponse<byte[]> pdf = http.getBytes("api/v1/ledger/export?format=PDF&" + query, BRANCH_SECRETARY, PASSWORD);
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertTrue(text.contains(marker + "：读完四本党史书籍") && text.contains("已销号"), text);
        }
        HttpResponse<byte[]> xlsx = http.getBytes("api/v1/ledger/export?format=XLSX&" + query, BRANCH_SECRETARY,
                PASSWORD);
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', xlsx.body()[0]);
        assertEquals('K', xlsx.body()[1]);
    }

    private static String draft(String category, String content) {
        return Json.createObjectBuilder().add("kind", "ANNUAL").add("category", category).add("content", content)
                .add("measures", "建立个人台账，每月对照检查一次").add("dueDate", LocalDate.now().getYear() + "-12-31")
                .build().toString();
    }
}
