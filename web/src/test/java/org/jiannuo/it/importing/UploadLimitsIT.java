package org.jiannuo.it.importing;

import org.jiannuo.it.support.ClientTestBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * What a careless file or a hostile caller sends is refused before it costs the server: bodies over their
 * limit unread, a caller without the right before the body is read, workbooks that unpack too far or reach
 * too far right unread, evidence zips that are no documents; and refusals speak the bundles' words.
 */
class UploadLimitsIT extends ClientTestBase {

    private static final long TWO_GIGABYTES = 2L * 1024 * 1024 * 1024;

    @Test
    void aBodyDeclaredOverItsLimitIsAnswered413WithoutBeingRead() throws Exception {
        long started = System.nanoTime();
        String answer = declareAndWait("POST", "api/v1/fulfilment/commitments/1/records", MEMBER, "application/json",
                TWO_GIGABYTES, "en");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("The request body is too large"), answer);
        assertTrue(System.nanoTime() - started < 20_000_000_000L, "answered without waiting for 2 GB");

        String chinese = declareAndWait("PUT", "api/v1/people/1", ADMIN, "application/json", 3L * 1024 * 1024, "zh-CN");
        assertTrue(chinese.startsWith("HTTP/1.1 413") && chinese.contains("请求体太大"), chinese);
    }

    @Test
    void aBodyWithoutALengthIsCutOffOneBytePastItsLimit() throws Exception {
        byte[] padding = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(padding, (byte) ' ');
        HttpRequest request = HttpRequest.newBuilder(deploymentUrl.toURI().resolve("api/v1/people/1"))
                .header("Authorization", basic(ADMIN))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                // An input stream has no known length: the body goes chunked, with no Content-Length to refuse.
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(padding)))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(json(answer).getString("detail").startsWith("The request body is too large"), answer.body());
    }

    @Test
    void whoMayNotImportIsRefusedBeforeTheFileIsRead() throws Exception {
        // Ten megabytes announced, a few bytes sent: an answer can only come from a server that did not wait for them.
        String answer = declareAndWait("POST", "api/v1/imports/units", MEMBER, "application/octet-stream",
                10L * 1024 * 1024, "en");
        assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
    }

    @Test
    void workbooksReachingTooFarRightOrUnpackingTooFarAreRefusedInThePreview() throws Exception {
        HttpResponse<String> wide = http.postFile("api/v1/imports/people?fileName=people.xlsx", ADMIN, PASSWORD,
                workbookWithCellInLastColumn(), "en");
        assertEquals(200, wide.statusCode(), wide.body());
        assertEquals("import.tooManyColumns", firstProblem(wide).getString("code"), wide.body());

        HttpResponse<String> bomb = http.postFile("api/v1/imports/people?fileName=people.xlsx", ADMIN, PASSWORD,
                bomb(48), "zh-CN");
        assertEquals(200, bomb.statusCode(), bomb.body());
        assertEquals("import.workbookTooLarge", firstProblem(bomb).getString("code"), bomb.body());
        assertTrue(firstProblem(bomb).getString("message").startsWith("这个 Excel 文件解压后"), bomb.body());
    }

    @Test
    void aZipRenamedToDocxIsRefusedAndNothingStored() throws Exception {
        long me = json(http.api("GET", "api/v1/me", MEMBER, PASSWORD, null, null)).getJsonNumber("personId").longValue();
        JsonArray items = Json.createReader(new StringReader(http.api("GET", "api/v1/commitments?person=" + me
                + "&year=" + LocalDate.now().getYear(), MEMBER, PASSWORD, null, null).body())).readArray();
        long item = items.stream().map(value -> value.asJsonObject())
                .filter(commitment -> "PUBLISHED".equals(commitment.getString("status")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String before = http.api("GET", "api/v1/fulfilment/commitments/" + item, MEMBER, PASSWORD, null, null).body();

        String record = Json.createObjectBuilder().add("month", YearMonth.now().toString()).add("note", "本月写完全年总结并交支部审阅")
                .add("progress", 100).add("files", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("fileName", "总结.docx").add("base64", Base64.getEncoder().encodeToString(plainZip()))))
                .build().toString();
        HttpResponse<String> refused = http.api("POST", "api/v1/fulfilment/commitments/" + item + "/records", MEMBER,
                PASSWORD, record, "zh-CN");

        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(json(refused).getString("detail").contains("总结.docx"), refused.body());
        assertEquals(before, http.api("GET", "api/v1/fulfilment/commitments/" + item, MEMBER, PASSWORD, null, null).body());
    }

    @Test
    void base64IsMeasuredBeforeItIsDecoded() throws Exception {
        // Not base64 at all, and too long to be a file within the limit: the length refuses it before any decoding.
        String record = Json.createObjectBuilder().add("month", YearMonth.now().toString()).add("progress", 10)
                .add("files", Json.createArrayBuilder().add(Json.createObjectBuilder().add("fileName", "照片.jpg")
                        .add("base64", "!".repeat(8 * 1024 * 1024)))).build().toString();
        HttpResponse<String> refused = http.api("POST", "api/v1/fulfilment/commitments/1/records", MEMBER, PASSWORD,
                record, "en");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(json(refused).getString("detail").contains("too large"), refused.body());
    }

    @Test
    void aBadParameterIsRefusedInTheBundlesWordsNotJavas() throws Exception {
        HttpResponse<String> refused = http.api("GET", "api/v1/people?size=100000", ADMIN, PASSWORD, null, "en");

        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject problem = json(refused);
        assertTrue(problem.getString("detail").startsWith("The request is not valid"), refused.body());
        assertFalse(refused.body().contains("A page starts"), "no exception text: " + refused.body());
        assertTrue(problem.getString("instance").startsWith("urn:jiannuo:incident:"), refused.body());
        assertTrue(problem.getString("detail").contains(problem.getString("instance").substring(21)), refused.body());
    }

    /** Sends the headers and a byte of a body declared this long, then reads what the server answers. */
    private String declareAndWait(String method, String path, String user, String type, long length, String language)
            throws IOException {
        URL base = deploymentUrl;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: " + basic(user) + "\r\nContent-Type: " + type + "\r\nAccept-Language: "
                    + language + "\r\nContent-Length: " + length + "\r\n\r\n{").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject firstProblem(HttpResponse<String> preview) {
        return json(preview).getJsonArray("problems").getJsonObject(0);
    }

    /** As Excel can write it: a header, and a row whose only cell is in the sheet's last column (XFD). */
    private static byte[] workbookWithCellInLastColumn() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("人员");
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            sheet.createRow(1).createCell(16_383).setCellValue("x");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A workbook whose sheet hides megabytes of padding, deflating some 70 times, in a comment. */
    private static byte[] bomb(int megabytes) {
        StringBuilder padding = new StringBuilder();
        Random random = new Random(17);
        for (int i = 0; i < megabytes * 1024 * 1024; i++) {
            padding.append(i % 128 == 0 ? (char) ('a' + random.nextInt(26)) : ' ');
        }
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
        String officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        return zip(new String[][] {
            {"[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType="
                + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"},
            {"_rels/.rels", "<Relationships xmlns=\"" + relationships + "\"><Relationship Id=\"rId1\" Type=\""
                + officeDocument + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
            {"xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + officeDocument + "\"><sheets>"
                + "<sheet name=\"人员\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
            {"xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + relationships + "\"><Relationship Id=\"rId1\" "
                + "Type=\"" + officeDocument + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
            {"xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + main + "\"><!--" + padding + "--><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row></sheetData></worksheet>"}});
    }

    private static byte[] plainZip() {
        return zip(new String[][] {{"word/notes.txt", "not a document"}});
    }

    private static byte[] zip(String[][] entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (String[] entry : entries) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
