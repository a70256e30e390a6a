package org.jiannuo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The commitment cycle over the REST API, ending in the signed-ready letter as PDF. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommitmentApiIT {

    private static final String PASSWORD = DemoTenantInstaller.PASSWORD;
    private static final String ADMIN = "admin@demo";
    private static final String BRANCH_SECRETARY = "zhibu@demo";
    private static final String MEMBER = "dangyuan@demo";

    @ArquillianResource
    URL deploymentUrl;

    private HttpSession http;
    private final int year = LocalDate.now().getYear();

    @BeforeEach
    void client() throws URISyntaxException {
        http = new HttpSession(deploymentUrl.toURI());
    }

    @Test
    void submitReviewPublishAndPrintTheLetter() throws Exception {
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
        long branch = json(http.api("GET", "api/v1/me", BRANCH_SECRETARY, PASSWORD, null, null))
                .getJsonNumber("unitId").longValue();
        HttpResponse<byte[]> booklet = http.getBytes("api/v1/commitments/letters?unit=" + branch + "&members=true&year="
                + year, BRANCH_SECRETARY, PASSWORD);
        try (PDDocument document = Loader.loadPDF(booklet.body())) {
            assertTrue(new PDFTextStripper().getText(document).replaceAll("\\s", "").contains(marker));
        }
    }

    private static String draft(String category, String content) {
        return Json.createObjectBuilder().add("kind", "ANNUAL").add("category", category).add("content", content)
                .add("measures", "建立个人台账，每月对照检查一次").add("dueDate", LocalDate.now().getYear() + "-12-31")
                .build().toString();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
