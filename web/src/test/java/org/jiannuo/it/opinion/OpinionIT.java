package org.jiannuo.it.opinion;

import static org.jiannuo.domain.model.commitment.CommitmentOwner.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiannuo.application.commitment.CommitmentBook;
import org.jiannuo.application.commitment.CommitmentLetters;
import org.jiannuo.application.commitment.CommitmentReview;
import org.jiannuo.application.commitment.CommitmentView;
import org.jiannuo.application.commitment.LetterItem;
import org.jiannuo.application.commitment.YearRules;
import org.jiannuo.application.opinion.BoardOpinion;
import org.jiannuo.application.opinion.BoardPosters;
import org.jiannuo.application.opinion.OpinionDesk;
import org.jiannuo.application.opinion.OpinionKeys;
import org.jiannuo.application.opinion.OpinionLine;
import org.jiannuo.application.opinion.OpinionReceipt;
import org.jiannuo.application.opinion.OpinionRequest;
import org.jiannuo.application.opinion.OpinionRulesBook;
import org.jiannuo.application.opinion.PublicOpinionBox;
import org.jiannuo.application.opinion.PublicReply;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.tenancy.TenantContext;
import org.jiannuo.domain.model.commitment.CategorySet;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.ReviewOutcome;
import org.jiannuo.domain.model.commitment.RulesSettings;
import org.jiannuo.domain.model.opinion.OpinionCount;
import org.jiannuo.domain.model.opinion.OpinionRules;
import org.jiannuo.domain.model.opinion.OpinionSettings;
import org.jiannuo.domain.model.opinion.OpinionState;
import org.jiannuo.domain.model.opinion.ProofOfWork;
import org.jiannuo.domain.model.opinion.TargetKind;
import org.jiannuo.domain.model.publicity.HourlyLimitReached;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.interfaces.report.BoardPosterReport;
import org.jiannuo.interfaces.report.CommitmentLetterReport;
import org.jiannuo.it.support.QrCodes;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The suggestion box and public phone (issue 14, point 3) and the QR codes of the printed board (point 5), through
 * the public door, the public API, the handlers' service and the reports. Each run has a tenant of its own, so that
 * its hourly limits are its own.
 */
class OpinionIT extends StandardUsersTestBase {

    private static final String TENANT = "it-opin-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);
    private static final String ADDRESS = "203.0.113.7";
    private static final String CONTACT = "13800001111";

    @ArquillianResource
    URL deploymentUrl;

    @EJB
    PublicOpinionBox box;

    @EJB
    OpinionDesk desk;

    @EJB
    OpinionRulesBook rules;

    @EJB
    BoardPosters posters;

    @EJB
    OrganizationTree tree;

    @EJB
    CommitmentBook book;

    @EJB
    CommitmentReview review;

    @EJB
    CommitmentLetters letters;

    @EJB
    YearRules yearRules;

    @EJB
    BoardKeysProbe keys;

    @Inject
    OpinionKeys opinionKeys;

    @Inject
    BoardPosterReport posterReport;

    @Inject
    CommitmentLetterReport letterReport;

    private final HttpClient http = HttpClient.newHttpClient();
    private final int year = LocalDate.now().getYear();

    private long branchId;
    private long committeeId;
    private String tenantKey;
    private String branchKey;

    @BeforeEach
    void users() throws Exception {
        signInStandardUsers(TENANT, 41);
        branchId = branchSecretary.account().scopeUnitId();
        committeeId = committeeSecretary.account().scopeUnitId();
        tenantKey = TenantContext.callAs(TENANT, () -> keys.tenantKey(TENANT));
        branchKey = TenantContext.callAs(TENANT, () -> keys.unitKey(branchId));
    }

    @Test
    void anAnonymousOpinionIsLimitedAnsweredAndReadWithItsCode() throws Exception {
        // On the committee: the hourly limits set here must not meet the other tests' opinions on the branch.
        String committeeKey = TenantContext.callAs(TENANT, () -> keys.unitKey(committeeId));
        admin.call(() -> rules.change(new OpinionSettings(10, 500, 3, 4)));
        List<OpinionReceipt> receipts = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            receipts.add(leave(committeeKey, "党委公开栏第" + i + "次反映：信息更新不及时", null, null, ADDRESS));
        }
        assertEquals(LocalDate.now().plusDays(10), receipts.get(0).answerDue());
        assertEquals("opinion.tooMany", assertThrows(HourlyLimitReached.class, () ->
                leave(committeeKey, "同一地址第四条", null, null, ADDRESS)).code(), "the N+1st from one address");
        leave(committeeKey, "另一个地址的第一条意见", null, null, "198.51.100.9");
        assertEquals("opinion.tooMany", assertThrows(HourlyLimitReached.class, () ->
                leave(committeeKey, "另一个地址的第二条意见", null, null, "198.51.100.9")).code(), "the N+1st on one target");

        HttpResponse<String> limited = post("api/v1/public/board/" + tenantKey + "/opinions", Json.createObjectBuilder()
                .add("target", "UNIT:" + committeeKey).add("text", "通过接口再提一条").add("name", "").add("contact", "")
                .add("challenge", solve()).build().toString(), "zh-CN");
        assertEquals(429, limited.statusCode(), limited.body());
        assertTrue(limited.body().contains("提交过于频繁"), "a clear message in the caller's language: " + limited.body());

        OpinionLine waiting = committeeSecretary.call(() -> desk.page(OpinionState.RECEIVED, false, 0, 50)).rows().stream()
                .filter(line -> line.text().startsWith("党委公开栏第1次")).findFirst().orElseThrow();
        committeeSecretary.call(() -> desk.reply(waiting.id(), waiting.version(), "已安排专人每周五更新公开栏，谢谢监督。"));
        admin.call(() -> rules.change(OpinionRules.DEFAULTS));

        PublicReply reply = box.read(tenantKey, receipts.get(0).trackingCode().toLowerCase().replace("-", " "));
        assertEquals(OpinionState.REPLIED, reply.state());
        assertEquals("已安排专人每周五更新公开栏，谢谢监督。", reply.reply());
        assertEquals(OpinionState.RECEIVED, box.read(tenantKey, receipts.get(1).trackingCode()).state());

        assertEquals("opinion.trackingUnknown", refused(() -> box.read(tenantKey, "ABCD-EFGH-JKMN-PQRS")));
        assertEquals("opinion.trackingUnknown", refused(() -> box.read(tenantKey, "' OR 1=1 --")));
        HttpResponse<String> unknown = post("api/v1/public/board/" + tenantKey + "/opinions/replies",
                "{\"code\":\"ABCD-EFGH-JKMN-PQRS\"}", "en");
        HttpResponse<String> malformed = post("api/v1/public/board/" + tenantKey + "/opinions/replies",
                "{\"code\":\"xyz\"}", "en");
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertEquals(unknown.statusCode(), malformed.statusCode());
        assertEquals(unknown.body(), malformed.body(), "an unknown and a malformed code are refused alike");
        HttpResponse<String> known = post("api/v1/public/board/" + tenantKey + "/opinions/replies",
                "{\"code\":\"" + receipts.get(0).trackingCode() + "\"}", "en");
        assertEquals(200, known.statusCode(), known.body());
        assertEquals("REPLIED", json(known.body()).getString("state"));
        assertEquals(404, post("api/v1/public/board/" + "x".repeat(22) + "/opinions/replies",
                "{\"code\":\"" + receipts.get(0).trackingCode() + "\"}", "en").statusCode(),
                "the code reads nothing under another tenant's key");
    }

    @Test
    void theChallengeIsRefusedWhenMissingReplayedOrExpired() {
        BoardOpinion opinion = new BoardOpinion(TargetKind.UNIT, branchKey, "建议增加夜间值班电话", null, null);
        assertEquals("challenge.missing", refused(() -> box.leave(tenantKey, opinion, null, "192.0.2.1")));
        assertEquals("challenge.invalid", refused(() -> box.leave(tenantKey, opinion, "1.2.3.4", "192.0.2.1")));

        String solution = solve();
        assertEquals("opinion.textTooLong", refused(() -> box.leave(tenantKey, new BoardOpinion(TargetKind.UNIT, branchKey,
                "长".repeat(admin.call(rules::settings).longestText() + 1), null, null), solution, "192.0.2.1")));
        box.leave(tenantKey, opinion, solution, "192.0.2.1");
        assertEquals("challenge.used", refused(() -> box.leave(tenantKey, opinion, solution, "192.0.2.2")),
                "a solution is good once, a refused opinion did not spend it");

        ProofOfWork.Challenge old = new ProofOfWork(opinionKeys::challengeSignature, 20_000, Duration.ofMinutes(10))
                .issue(Instant.now().minus(Duration.ofMinutes(11)), new SecureRandom());
        assertEquals("challenge.expired", refused(() -> box.leave(tenantKey, opinion, ProofOfWork.solve(old), "192.0.2.1")));
        ProofOfWork.Challenge forged = new ProofOfWork(challenge -> "0".repeat(64), 20_000, Duration.ofMinutes(10))
                .issue(Instant.now(), new SecureRandom());
        assertEquals("challenge.invalid", refused(() -> box.leave(tenantKey, opinion, ProofOfWork.solve(forged), "192.0.2.1")));
    }

    @Test
    void aScriptStaysTextAndTheContactNeverGoesPublic() throws Exception {
        String text = "<script>alert('x')</script> 村口路灯坏了一周";
        OpinionReceipt receipt = leave(branchKey, text, "张三丰", CONTACT, "192.0.2.50");

        HttpResponse<String> read = post("api/v1/public/board/" + tenantKey + "/opinions/replies",
                "{\"code\":\"" + receipt.trackingCode() + "\"}", "zh-CN");
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(text, json(read.body()).getString("text"), "kept as it was written, for the page to show as text");
        assertFalse(read.body().contains(CONTACT) || read.body().contains("张三丰"), read.body());

        OpinionLine handled = branchSecretary.call(() -> desk.page(null, false, 0, 100)).rows().stream()
                .filter(line -> line.text().equals(text)).findFirst().orElseThrow();
        assertEquals(CONTACT, handled.writerContact(), "the handler sees how to answer");
        assertEquals("张三丰", handled.writerName());

        HttpResponse<String> page = get("board/opinion.xhtml?t=" + tenantKey + "&target=UNIT:" + branchKey);
        assertEquals(200, page.statusCode(), page.body());
        assertFalse(page.body().contains(CONTACT), "no contact on a public page");
        assertTrue(page.body().contains("opinion-form"), page.body());
        assertFalse(java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page.body()).find(),
                "the page has no inline script: " + page.body());
        assertEquals(404, get("board/opinion.xhtml?t=" + tenantKey + "&target=UNIT:" + "x".repeat(22)).statusCode());
        HttpResponse<String> challenge = get("api/v1/public/opinion-challenge");
        assertEquals(200, challenge.statusCode());
        assertTrue(challenge.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

    @Test
    void eachRoleHandlesOnlyWhatItMay() {
        OpinionReceipt phoned = branchSecretary.call(() -> desk.enterPhoneOpinion(new OpinionRequest(TargetKind.UNIT,
                branchId, "来电反映：党员活动室周末不开放", "李大爷", "0371-1234567")));
        assertThrows(AccessDeniedException.class, () -> member.call(() -> desk.enterPhoneOpinion(new OpinionRequest(
                TargetKind.UNIT, branchId, "党员不能代录意见", null, null))));
        OpinionLine line = branchSecretary.call(() -> desk.page(null, false, 0, 100)).rows().stream()
                .filter(row -> row.text().startsWith("来电反映")).findFirst().orElseThrow();
        assertEquals(OpinionState.RECEIVED, line.state());
        assertEquals(OpinionState.RECEIVED, box.read(tenantKey, phoned.trackingCode()).state(), "the caller reads it too");

        assertThrows(AccessDeniedException.class, () -> member.call(() -> desk.page(null, false, 0, 10)));
        assertThrows(AccessDeniedException.class, () -> administrativeHead.call(() -> desk.page(null, false, 0, 10)));
        assertThrows(AccessDeniedException.class, () -> member.call(() -> desk.reply(line.id(), line.version(), "不行")));
        assertTrue(leader.call(() -> desk.page(null, false, 0, 100)).rows().stream().anyMatch(row -> row.id() == line.id()),
                "a leader reads");
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> desk.reply(line.id(), line.version(), "领导只读")));
        assertThrows(StaleEditException.class, () -> branchSecretary.call(() -> desk.close(line.id(), line.version() + 1,
                "版本不对")));

        OpinionLine forwarded = branchSecretary.call(() -> desk.forward(line.id(), line.version(), committeeId, "活动室归党委管理"));
        assertEquals(OpinionState.FORWARDED, forwarded.state());
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> desk.reply(forwarded.id(),
                forwarded.version(), "已不归支部处理")), "the branch no longer handles it");
        assertEquals("opinion.closingNoteRequired", refused(() -> committeeSecretary.call(() ->
                desk.close(forwarded.id(), forwarded.version(), " "))));
        OpinionLine closed = committeeSecretary.call(() -> desk.close(forwarded.id(), forwarded.version(),
                "活动室已改为周末开放，不再另行答复"));
        assertEquals(OpinionState.CLOSED, closed.state());
        assertEquals("opinion.alreadyClosed", refused(() -> admin.call(() -> desk.close(closed.id(), closed.version(), "再办结"))));
        assertEquals("活动室已改为周末开放，不再另行答复", box.read(tenantKey, phoned.trackingCode()).closingNote());

        List<OpinionCount> counts = admin.call(() -> desk.countsByCommittee());
        assertFalse(counts.isEmpty(), "the department sees every committee");
        assertTrue(counts.stream().allMatch(count -> count.overdue() <= count.open()));
        assertEquals(List.of(), branchSecretary.call(() -> desk.countsByCommittee()), "the dashboard is the department's");
        assertThrows(AccessDeniedException.class, () -> member.call(() -> rules.change(new OpinionSettings(5, 500, 5, 5))));
    }

    @Test
    void posterAndLetterCarryTheLivingPublicAddress() throws Exception {
        assertThrows(UnitNotFoundException.class, () -> member.call(() -> tree.changePublicPhone(branchId, "0371-62881234")));
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> tree.changePublicPhone(branchId, "0371-62881234")),
                "a leader reads the unit but keeps no board");
        assertEquals("unit.publicPhoneInvalid", refused(() -> branchSecretary.call(() ->
                tree.changePublicPhone(branchId, "call me maybe"))));
        assertEquals("0371-62881234", branchSecretary.call(() -> tree.changePublicPhone(branchId, "0371-62881234"))
                .publicPhone());
        assertThrows(UnitNotFoundException.class, () -> member.call(() -> posters.poster(branchId)));
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> posters.poster(branchId)));

        BoardPosters.PosterView poster = branchSecretary.call(() -> posters.poster(branchId));
        assertTrue(poster.boardPage().endsWith("board/unit.xhtml?t=" + tenantKey + "&u=" + branchKey), poster.boardPage());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        posterReport.write(poster, Locale.SIMPLIFIED_CHINESE, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertTrue(text.contains(poster.boardPage()) && text.contains("0371-62881234")
                    && text.contains(poster.unitName()), text);
            assertEquals(poster.boardPage(), QrCodes.onFirstPage(document));
        }

        CommitmentView item = publishedItem("每季度向群众公开一次党员活动室使用情况");
        long personId = member.account().personId();
        String personKey = TenantContext.callAs(TENANT, () -> keys.personKey(personId));
        List<LetterItem> items = member.call(() -> letters.of(person(personId), year));
        assertTrue(items.get(0).boardPage().endsWith("board/person.xhtml?t=" + tenantKey + "&p=" + personKey));
        ByteArrayOutputStream letter = new ByteArrayOutputStream();
        letterReport.write(items, year, Locale.SIMPLIFIED_CHINESE, letter);
        try (PDDocument document = Loader.loadPDF(letter.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertTrue(text.contains(items.get(0).boardPage()), text);
        }

        String commitmentKey = TenantContext.callAs(TENANT, () -> keys.commitmentKey(item.id()));
        OpinionReceipt onCommitment = leave(commitmentKey, TargetKind.COMMITMENT, "这项承诺很实在，希望坚持", "192.0.2.80");
        assertNotEquals(null, onCommitment.trackingCode());
        assertTrue(branchSecretary.call(() -> desk.page(null, false, 0, 200)).rows().stream()
                .anyMatch(line -> line.targetKind() == TargetKind.COMMITMENT && line.handlerId() == branchId),
                "the branch that reviewed the member's commitment answers for it");
        CommitmentView draft = member.call(() -> book.draft(person(personId), year, new CommitmentDraft(
                CommitmentKind.ANNUAL, null, "学习", "尚未公开的承诺不能被评论", "建立台账，每月对照检查一次进度",
                LocalDate.of(year, 12, 31))));
        String draftKey = TenantContext.callAs(TENANT, () -> keys.commitmentKey(draft.id()));
        assertEquals("opinion.targetNotPublic", refused(() -> leave(draftKey, TargetKind.COMMITMENT, "草稿", "192.0.2.81")));
    }

    private CommitmentView publishedItem(String content) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        admin.call(() -> yearRules.change(year, new RulesSettings(CategorySet.STUDY_WORK_DISCIPLINE_SERVICE.categories(),
                1, 20, 1, 20, yearEnd, false)));
        long personId = member.account().personId();
        CommitmentView draft = member.call(() -> book.draft(person(personId), year, new CommitmentDraft(
                CommitmentKind.ANNUAL, null, "服务", content, "建立台账，每月对照检查一次进度", yearEnd)));
        member.call(() -> book.submit(person(personId), year));
        CommitmentView submitted = member.call(() -> book.of(person(personId), year)).stream()
                .filter(line -> line.id() == draft.id()).findFirst().orElseThrow();
        branchSecretary.call(() -> review.decide(draft.id(), submitted.version(), ReviewOutcome.APPROVE, null));
        return branchSecretary.call(() -> review.publish(List.of(draft.id()))).get(0);
    }

    private OpinionReceipt leave(String unitKey, String text, String name, String contact, String address) {
        return box.leave(tenantKey, new BoardOpinion(TargetKind.UNIT, unitKey, text, name, contact), solve(), address);
    }

    private OpinionReceipt leave(String key, TargetKind kind, String text, String address) {
        return box.leave(tenantKey, new BoardOpinion(kind, key, text, null, null), solve(), address);
    }

    private String solve() {
        return ProofOfWork.solve(box.challenge());
    }

    private HttpResponse<String> post(String path, String json, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(deploymentUrl.toURI().resolve(path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(deploymentUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String refused(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).code();
    }
}
