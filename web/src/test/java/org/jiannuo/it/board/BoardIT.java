package org.jiannuo.it.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jiannuo.domain.model.publicity.PublicKey;
import org.jiannuo.it.support.ClientTestBase;
import org.jiannuo.it.support.FreshGrades;
import org.jiannuo.it.support.PrivateFields;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The public board over HTTP as anyone sees it, on the demo county: what a member's branch publishes shows
 * without login and nothing unpublished does; no page or JSON answer carries a private field of anybody;
 * text is shown as text; an objection within the publicity period puts the grade under objection and the
 * grader's change shows as reviewed, one after the period is refused; guessed keys find nothing and say so
 * alike; the board makes no session and is cacheable.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardIT extends ClientTestBase {

    /** The month whose grades the objection tests publish today. */
    private static final YearMonth FRESH = YearMonth.now().minusYears(1).minusMonths(4);
    private static final String SCRIPT = "<script>alert('board')</script>";

    private final HttpClient anonymous = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int year = LocalDate.now().getYear();

    @Test
    @Order(1)
    void aPublishedCommitmentShowsWithoutLoginAndAnUnpublishedOneNever() throws Exception {
        JsonObject rules = json(http.api("GET", "api/v1/commitments/rules/" + year, ADMIN, PASSWORD, null, null));
        String openRules = Json.createObjectBuilder(rules).add("publicationDeadline", year + "-12-31").build().toString();
        assertEquals(200, http.api("PUT", "api/v1/commitments/rules/" + year, ADMIN, PASSWORD, openRules, null).statusCode());
        long me = json(http.api("GET", "api/v1/me", MEMBER, PASSWORD, null, null)).getJsonNumber("personId").longValue();
        String mine = "api/v1/commitments?person=" + me + "&year=" + year;
        String marker = "公示承诺" + System.nanoTime() % 100000;
        long shown = id(http.api("POST", mine, MEMBER, PASSWORD, draft("服务", marker + "：每月为联系户办实事" + SCRIPT), null));
        long hidden = id(http.api("POST", mine, MEMBER, PASSWORD, draft("学习", marker + "：未公开的一项读书计划"), null));
        assertEquals(200, http.api("POST", "api/v1/commitments/submission?person=" + me + "&year=" + year, MEMBER,
                PASSWORD, "{}", null).statusCode());
        for (long item : List.of(shown, hidden)) {
            long version = versionOf(item, me);
            HttpResponse<String> approved = http.api("POST", "api/v1/commitments/" + item + "/decision", BRANCH_SECRETARY,
                    PASSWORD, "{\"version\":" + version + ",\"outcome\":\"APPROVE\"}", null);
            assertEquals(200, approved.statusCode(), approved.body());
        }
        HttpResponse<String> published = http.api("POST", "api/v1/commitments/publication", BRANCH_SECRETARY, PASSWORD,
                "[" + shown + "]", null);
        assertEquals(200, published.statusCode(), published.body());

        JsonObject address = json(http.api("GET", "api/v1/board", MEMBER, PASSWORD, null, null));
        String tenant = address.getString("tenantKey");
        String unit = address.getString("unitKey");
        HttpResponse<String> board = get("api/v1/public/board/" + tenant + "/units/" + unit + "?page=0");
        assertEquals(200, board.statusCode(), board.body());
        List<JsonObject> items = allCommitments(tenant, unit);
        assertTrue(items.stream().anyMatch(item -> item.getString("content").contains(marker + "：每月为联系户办实事")),
                "the published item is on the board");
        assertTrue(items.stream().noneMatch(item -> item.getString("content").contains("未公开的一项读书计划")),
                "the approved but unpublished item is not");
        JsonObject line = items.stream().filter(item -> item.getString("content").startsWith(marker)).findFirst()
                .orElseThrow();
        assertEquals("IN_PROGRESS", line.getString("state"));

        HttpResponse<String> page = get("board/commitment.xhtml?t=" + tenant + "&c=" + line.getString("key"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("&lt;script&gt;alert("), "the text is shown as text");
        assertFalse(page.body().contains(SCRIPT), "never as a script");
        HttpResponse<String> person = get("board/person.xhtml?t=" + tenant + "&p=" + address.getString("personKey"));
        assertTrue(person.body().contains(marker), "the member's own board lists it too");
        assertFalse(person.body().contains("未公开的一项读书计划"));
        assertFalse(get("board/unit.xhtml?t=" + tenant + "&u=" + unit).body().contains("未公开的一项读书计划"));
    }

    @Test
    @Order(2)
    void anObjectionWithinThePeriodChangesTheGradeAndOneAfterItIsRefused() throws Exception {
        JsonObject address = json(http.api("GET", "api/v1/board", BRANCH_SECRETARY, PASSWORD, null, null));
        String tenant = address.getString("tenantKey");
        String unit = address.getString("unitKey");
        long branch = json(http.api("GET", "api/v1/me", BRANCH_SECRETARY, PASSWORD, null, null))
                .getJsonNumber("unitId").longValue();
        YearMonth period = FRESH;
        FreshGrades.publish(http, branch, period);

        JsonObject board = json(get("api/v1/public/board/" + tenant + "/units/" + unit + "?month=" + period));
        assertEquals(period.toString(), board.getString("gradePeriod"));
        JsonObject grade = board.getJsonArray("grades").getValuesAs(JsonObject.class).stream()
                .filter(g -> "MEMBERS".equals(g.getString("group"))).findFirst().orElseThrow();
        assertEquals("IN_PUBLICITY", grade.getString("standing"));
        assertFalse(grade.getBoolean("reviewed"));
        String key = grade.getString("key");

        HttpResponse<String> lodged = post("api/v1/public/board/" + tenant + "/grades/" + key + "/objections",
                "{\"text\":\"此人本月两次缺席志愿服务" + SCRIPT + "\"}");
        assertEquals(201, lodged.statusCode(), lodged.body());
        JsonObject underObjection = json(get("api/v1/public/board/" + tenant + "/grades/" + key));
        assertEquals("UNDER_OBJECTION", underObjection.getJsonObject("line").getString("standing"),
                "the board shows it at once, whatever it had cached");

        JsonArray open = jsonArray(http.api("GET", "api/v1/board/objections?open=true", BRANCH_SECRETARY, PASSWORD,
                null, null));
        JsonObject objection = open.getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("text").startsWith("此人本月两次缺席")).findFirst().orElseThrow();
        assertTrue(objection.getBoolean("fromPublic"));
        assertTrue(objection.getBoolean("mayDecide"));
        String newGrade = "LAGGING".equals(grade.getString("grade")) ? "BASICALLY_QUALIFIED" : "LAGGING";
        assertEquals(404, http.api("POST", "api/v1/board/objections/" + objection.getJsonNumber("id") + "/decision",
                MEMBER, PASSWORD, decision(objection, newGrade, "核实属实"), null).statusCode(),
                "only the grader answers; a member does not even see it");
        assertEquals(422, http.api("POST", "api/v1/board/objections/" + objection.getJsonNumber("id") + "/decision",
                BRANCH_SECRETARY, PASSWORD, decision(objection, newGrade, " "), null).statusCode(), "with a reason");
        HttpResponse<String> decided = http.api("POST", "api/v1/board/objections/" + objection.getJsonNumber("id")
                + "/decision", BRANCH_SECRETARY, PASSWORD, decision(objection, newGrade, "经核实情况属实，调整等次"), null);
        assertEquals(200, decided.statusCode(), decided.body());
        assertEquals("CHANGED", json(decided).getString("status"));

        JsonObject reviewed = json(get("api/v1/public/board/" + tenant + "/grades/" + key)).getJsonObject("line");
        assertEquals(newGrade, reviewed.getString("grade"));
        assertTrue(reviewed.getBoolean("reviewed"));
        assertEquals("IN_PUBLICITY", reviewed.getString("standing"), "final only once the period is over");
        HttpResponse<String> page = get("board/grade.xhtml?t=" + tenant + "&g=" + key);
        assertTrue(page.body().contains("id=\"board-reviewed\""), "the page says it was reviewed");
        assertTrue(page.body().contains("id=\"board-objection-form\""), "objections are still taken");

        // A grade of a month long past: its period is over, the objection is refused by the rule.
        List<String> periods = board.getJsonArray("gradePeriods").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).filter(p -> !p.equals(period.toString())).toList();
        assertFalse(periods.isEmpty(), "the demo published grades in past months");
        JsonObject old = json(get("api/v1/public/board/" + tenant + "/units/" + unit + "?month="
                + periods.get(periods.size() - 1)))
                .getJsonArray("grades").getJsonObject(0);
        assertTrue(LocalDate.parse(old.getString("publicityEnds")).isBefore(LocalDate.now()), old.toString());
        assertEquals("FINAL", old.getString("standing"));
        HttpResponse<String> late = post("api/v1/public/board/" + tenant + "/grades/" + old.getString("key")
                + "/objections", "{\"text\":\"公示期后的异议\"}");
        assertEquals(422, late.statusCode(), late.body());
        assertEquals("objection.afterPublicity", json(late).getString("type").replaceAll(".*[:/]", ""));
        HttpResponse<String> form = anonymous.send(HttpRequest.newBuilder(base().resolve("api/v1/public/board/" + tenant
                        + "/grades/" + old.getString("key") + "/objections"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=late&language=en")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, form.statusCode());
        assertTrue(form.headers().firstValue("Location").orElseThrow().endsWith("&outcome=afterPublicity&lang=en"));
        assertTrue(get("board/grade.xhtml?t=" + tenant + "&g=" + old.getString("key")).body()
                .contains("id=\"board-objection-closed\""));
    }

    @Test
    @Order(3)
    void noPublicResponseCarriesAPrivateField() throws Exception {
        Set<String> secrets = PrivateFields.of(http, ADMIN, PASSWORD);
        assertTrue(secrets.size() > 300, "ID-card numbers, birth dates, phones and e-mails of the demo people");
        String tenant = json(http.api("GET", "api/v1/board", ADMIN, PASSWORD, null, null)).getString("tenantKey");
        List<String> addresses = crawl(tenant);
        assertTrue(addresses.size() > 60, "pages and JSON of units, people, commitments and grades: " + addresses.size());
        for (String address : addresses) {
            HttpResponse<String> response = get(address);
            assertEquals(200, response.statusCode(), address);
            for (String secret : secrets) {
                assertFalse(response.body().contains(secret), () -> address + " shows a private field");
            }
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), () -> address + " made a session");
            assertFalse(response.body().contains("<script"), () -> address + " carries a script");
        }
        System.out.println("BoardIT scanned " + addresses.size() + " public responses for " + secrets.size()
                + " private values");
    }

    @Test
    @Order(4)
    void guessedKeysFindNothingAndSaySoAlike() throws Exception {
        JsonObject address = json(http.api("GET", "api/v1/board", MEMBER, PASSWORD, null, null));
        String tenant = address.getString("tenantKey");
        List<String> guesses = new ArrayList<>(List.of("1", "2", "100", "0000000000000000000001",
                "0000000000000000000000000000002a", PublicKey.random().value(), PublicKey.random().value(),
                "%27%20OR%201%3D1--", address.getString("unitKey").substring(1) + "A"));
        Set<String> pageBodies = new HashSet<>();
        Set<String> apiBodies = new HashSet<>();
        List<Long> nanos = new ArrayList<>();
        for (String guess : guesses) {
            for (String kind : List.of("units", "people", "commitments", "grades")) {
                long started = System.nanoTime();
                HttpResponse<String> api = get("api/v1/public/board/" + tenant + "/" + kind + "/" + guess);
                nanos.add(System.nanoTime() - started);
                assertEquals(404, api.statusCode(), kind + "/" + guess);
                apiBodies.add(api.body());
            }
            String[][] pages = {{"unit", "u"}, {"person", "p"}, {"commitment", "c"}, {"grade", "g"}};
            for (String[] page : pages) {
                HttpResponse<String> html = get("board/" + page[0] + ".xhtml?t=" + tenant + "&" + page[1] + "=" + guess);
                assertEquals(404, html.statusCode(), page[0] + " " + guess);
                // The page's language switch repeats the address asked for: only that may differ.
                pageBodies.add(page[0] + html.body().replace(page[1] + "=" + guess, "").length());
                assertTrue(html.body().contains("id=\"board-missing\""));
            }
            assertEquals(404, get("api/v1/public/board/" + guess).statusCode(), "tenant " + guess);
            assertEquals(404, get("board/index.xhtml?t=" + guess).statusCode(), "tenant page " + guess);
        }
        assertEquals(1, apiBodies.size(), "every miss of the API answers the same body: " + apiBodies);
        assertEquals(4, pageBodies.size(), "every miss of a page kind is the same length: " + pageBodies);
        // Another kind's existing key is no key of this kind.
        assertEquals(404, get("api/v1/public/board/" + tenant + "/people/" + address.getString("unitKey")).statusCode());
        nanos.sort(Long::compare);
        System.out.printf("BoardIT misses: median %.1f ms, max %.1f ms over %d guesses%n", nanos.get(nanos.size() / 2) / 1e6,
                nanos.get(nanos.size() - 1) / 1e6, nanos.size());
    }

    @Test
    @Order(5)
    void theBoardIsCacheableAndAnswersARepeatedReadWith304() throws Exception {
        JsonObject address = json(http.api("GET", "api/v1/board", MEMBER, PASSWORD, null, null));
        String page = "board/unit.xhtml?t=" + address.getString("tenantKey") + "&u=" + address.getString("unitKey");
        HttpResponse<String> first = get(page);
        assertEquals("public, max-age=30", first.headers().firstValue("Cache-Control").orElseThrow());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());
        HttpResponse<String> again = anonymous.send(HttpRequest.newBuilder(base().resolve(page))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        HttpResponse<String> kept = get(page);
        assertEquals(first.body(), kept.body(), "the cached page is the page");
        assertEquals(etag, kept.headers().firstValue("ETag").orElseThrow(), "answered from the cache");
        assertEquals("nosniff", kept.headers().firstValue("X-Content-Type-Options").orElse(null),
                "a read answered from the cache, before the sign-in filters, is hardened like any page");
        assertTrue(kept.headers().firstValue("Content-Security-Policy").isPresent());
        assertTrue(kept.headers().allValues("Set-Cookie").isEmpty(), "no session for a board read");
        assertTrue(get(page + "&lang=en").body().contains("Public board"), "the language is part of the address");
    }

    // ---- helpers

    @Test
    @Order(6)
    void theBoardTakesObjectionsWithinTheDepartmentsHourlyLimits() throws Exception {
        JsonObject address = json(http.api("GET", "api/v1/board", BRANCH_SECRETARY, PASSWORD, null, null));
        String tenant = address.getString("tenantKey");
        List<JsonObject> inPublicity = json(get("api/v1/public/board/" + tenant + "/units/" + address.getString("unitKey")
                + "?month=" + FRESH)).getJsonArray("grades").getValuesAs(JsonObject.class).stream()
                .filter(g -> "IN_PUBLICITY".equals(g.getString("standing")) && !g.getBoolean("reviewed")).toList();
        assertTrue(inPublicity.size() >= 2, "the grades published today by the second test: " + inPublicity);
        JsonObject defaults = json(http.api("GET", "api/v1/board/settings", ADMIN, PASSWORD, null, null));
        assertEquals(5, defaults.getInt("objectionsPerAddressPerHour"));
        assertEquals(20, defaults.getInt("objectionsPerGradePerHour"));

        ok(http.api("PUT", "api/v1/board/settings", ADMIN, PASSWORD, limits(1000, 2), null));
        String grade = "api/v1/public/board/" + tenant + "/grades/" + inPublicity.get(0).getString("key") + "/objections";
        assertEquals(201, post(grade, "{\"text\":\"第一条异议\"}").statusCode());
        assertEquals(201, post(grade, "{\"text\":\"第二条异议\"}").statusCode());
        HttpResponse<String> third = post(grade, "{\"text\":\"第三条异议\"}");
        assertEquals(429, third.statusCode(), "the grade's hour is full: " + third.body());
        assertEquals("objection.tooMany", json(third).getString("type").replaceAll(".*[:/]", ""));

        ok(http.api("PUT", "api/v1/board/settings", ADMIN, PASSWORD, limits(1, 1000), null));
        HttpResponse<String> elsewhere = post("api/v1/public/board/" + tenant + "/grades/"
                + inPublicity.get(1).getString("key") + "/objections", "{\"text\":\"换一个等次\"}");
        assertEquals(429, elsewhere.statusCode(), "this address's hour is full on every grade: " + elsewhere.body());
        assertEquals("IN_PUBLICITY", json(get("api/v1/public/board/" + tenant + "/grades/"
                + inPublicity.get(1).getString("key"))).getJsonObject("line").getString("standing"), "nothing was lodged");

        HttpResponse<String> outOfRange = http.api("PUT", "api/v1/board/settings", ADMIN, PASSWORD, limits(0, 20), null);
        assertEquals(422, outOfRange.statusCode(), outOfRange.body());
        assertEquals(403, http.api("PUT", "api/v1/board/settings", BRANCH_SECRETARY, PASSWORD, limits(1000, 1000), null)
                .statusCode(), "the department's setting");
        ok(http.api("PUT", "api/v1/board/settings", ADMIN, PASSWORD, limits(5, 20), null));
    }

    private static String limits(int perAddress, int perGrade) {
        return "{\"workingDays\":5,\"calendarDays\":\"\",\"objectionsPerAddressPerHour\":" + perAddress
                + ",\"objectionsPerGradePerHour\":" + perGrade + "}";
    }


    /** Every address of the board a visitor reaches from the tenant's page, pages and JSON, within a bound. */
    private List<String> crawl(String tenant) throws Exception {
        Set<String> addresses = new LinkedHashSet<>();
        addresses.add("board/index.xhtml?t=" + tenant);
        addresses.add("api/v1/public/board/" + tenant);
        List<String> units = new ArrayList<>();
        json(get("api/v1/public/board/" + tenant)).getJsonArray("units").getValuesAs(JsonObject.class)
                .forEach(u -> units.add(u.getString("key")));
        Set<String> people = new LinkedHashSet<>();
        for (int i = 0; i < units.size() && i < 40; i++) {
            String unit = units.get(i);
            JsonObject board = json(get("api/v1/public/board/" + tenant + "/units/" + unit));
            addresses.add("api/v1/public/board/" + tenant + "/units/" + unit);
            addresses.add("board/unit.xhtml?t=" + tenant + "&u=" + unit);
            board.getJsonArray("children").getValuesAs(JsonObject.class).forEach(c -> units.add(c.getString("key")));
            for (JsonObject item : board.getJsonArray("commitments").getValuesAs(JsonObject.class)) {
                if (addresses.size() < 400) {
                    addresses.add("board/commitment.xhtml?t=" + tenant + "&c=" + item.getString("key"));
                    addresses.add("api/v1/public/board/" + tenant + "/commitments/" + item.getString("key"));
                }
                if (item.containsKey("ownerKey")) {
                    people.add(item.getString("ownerKey"));
                }
            }
            for (JsonObject grade : board.getJsonArray("grades").getValuesAs(JsonObject.class)) {
                if (addresses.size() < 450) {
                    addresses.add("board/grade.xhtml?t=" + tenant + "&g=" + grade.getString("key"));
                    addresses.add("api/v1/public/board/" + tenant + "/grades/" + grade.getString("key"));
                }
                if (grade.containsKey("personKey")) {
                    people.add(grade.getString("personKey"));
                }
            }
        }
        people.stream().limit(60).forEach(p -> {
            addresses.add("board/person.xhtml?t=" + tenant + "&p=" + p);
            addresses.add("api/v1/public/board/" + tenant + "/people/" + p);
        });
        return new ArrayList<>(addresses);
    }

    private List<JsonObject> allCommitments(String tenant, String unit) throws Exception {
        List<JsonObject> items = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            JsonObject board = json(get("api/v1/public/board/" + tenant + "/units/" + unit + "?page=" + page));
            items.addAll(board.getJsonArray("commitments").getValuesAs(JsonObject.class));
            if ((long) (page + 1) * board.getInt("pageSize") >= board.getJsonNumber("commitmentCount").longValue()) {
                break;
            }
        }
        return items;
    }

    private long versionOf(long item, long person) throws Exception {
        return jsonArray(http.api("GET", "api/v1/commitments?person=" + person + "&year=" + year, MEMBER, PASSWORD,
                null, null)).getValuesAs(JsonObject.class).stream().filter(c -> c.getJsonNumber("id").longValue() == item)
                .findFirst().orElseThrow().getJsonNumber("version").longValue();
    }

    private static String decision(JsonObject objection, String grade, String reason) {
        return "{\"version\":" + objection.getJsonNumber("version") + ",\"grade\":\"" + grade + "\",\"reason\":\""
                + reason + "\"}";
    }

    /** Immediate items: they do not count against the demo member's yearly quota of annual ones. */
    private static String draft(String category, String content) {
        return Json.createObjectBuilder().add("kind", "IMMEDIATE").add("category", category).add("content", content)
                .add("measures", "每月记实，按季度向支部报告进展").add("dueDate", LocalDate.now().getYear() + "-12-31")
                .build().toString();
    }

    private URI base() throws Exception {
        return deploymentUrl.toURI();
    }

    private HttpResponse<String> get(String address) throws Exception {
        return anonymous.send(HttpRequest.newBuilder(base().resolve(address)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String address, String json) throws Exception {
        return anonymous.send(HttpRequest.newBuilder(base().resolve(address)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, () -> response.statusCode() + " " + response.body());
    }

    private static long id(HttpResponse<String> response) {
        ok(response);
        return json(response).getJsonNumber("id").longValue();
    }

    private static JsonArray jsonArray(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
