package org.jiannuo.it.reward;

import static org.jiannuo.it.support.YearEndDriver.lastDay;
import static org.jiannuo.it.support.YearEndDriver.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiannuo.application.ballot.CodeBallots;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.publicity.BoardAddress;
import org.jiannuo.application.publicity.BoardAddresses;
import org.jiannuo.application.publicity.BoardModelPost;
import org.jiannuo.application.publicity.PublicBoard;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.yearend.BranchEvaluationView;
import org.jiannuo.application.yearend.BranchEvaluations;
import org.jiannuo.application.yearend.BranchRewards;
import org.jiannuo.application.yearend.CampaignView;
import org.jiannuo.application.yearend.Campaigns;
import org.jiannuo.application.yearend.EvaluationNotFoundException;
import org.jiannuo.application.yearend.MemberLine;
import org.jiannuo.application.yearend.ModelPostView;
import org.jiannuo.application.yearend.PersonalRectificationView;
import org.jiannuo.application.yearend.RewardLine;
import org.jiannuo.application.yearend.Rewards;
import org.jiannuo.application.yearend.YearEndSettings;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.domain.model.yearend.OrganizationalHandling;
import org.jiannuo.interfaces.report.ModelPostCertificate;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.jiannuo.it.support.TenantProbe;
import org.jiannuo.it.support.YearEndDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reward (奖诺) after a branch's published year-end evaluation, through the services with every role's allowed
 * and refused actions: an excellent member designated a model post, listed per unit and for the department, on
 * the public board and on a certificate; the unqualified member's personal rectification reported and reviewed;
 * a qualified member the branch finds lagging who refuses, fixed as 不合格 with the organizational handling; the
 * overdue list. Each run has a tenant of its own.
 */
class RewardIT extends StandardUsersTestBase {

    private static final String TENANT = "it-reward-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);

    @EJB
    YearEndSettings settings;

    @EJB
    Campaigns campaigns;

    @EJB
    BranchEvaluations branches;

    @EJB
    Occasions occasions;

    @EJB
    CodeBallots codeBallots;

    @EJB
    Rewards rewards;

    @EJB
    BoardAddresses addresses;

    @EJB
    PublicBoard publicBoard;

    @EJB
    TenantProbe probe;

    @Inject
    ModelPostCertificate certificate;

    private final LocalDate today = LocalDate.now();
    private final int year = today.getYear();

    @BeforeEach
    void users() throws Exception {
        signInStandardUsers(TENANT, 67);
    }

    @Test
    void aPublishedBranchsReward() throws Exception {
        long unitId = branchSecretary.account().scopeUnitId();
        long memberId = member.account().personId();
        long secretaryId = branchSecretary.account().personId();
        Long superiorId = committeeSecretary.account().personId();
        // Half may be excellent here, so that any branch of three or more has one.
        admin.call(() -> settings.change(new YearEndSettings.Settings(80, 50)));
        CampaignView campaign = admin.call(() -> campaigns.open(year, today, lastDay(today)));
        BranchEvaluationView started = branchSecretary.call(() -> branches.start(campaign.id(), unitId));
        List<MemberLine> lines = started.members();
        // The excellent and the lagging are neither the standard member, nor a secretary: nobody acts on their own.
        List<MemberLine> others = lines.stream().filter(l -> l.personId() != memberId && l.personId() != secretaryId
                && !Long.valueOf(l.personId()).equals(superiorId)).toList();
        assertTrue(others.size() >= 2, "the fixture's branch has two members besides its secretaries: " + others);
        MemberLine excellentLine = others.get(0);
        MemberLine laggingLine = others.get(1);
        long excellentId = excellentLine.personId();
        BranchEvaluationView published = new YearEndDriver(branches, occasions, codeBallots).publish(TENANT, started,
                branchSecretary, committeeSecretary, member, Map.of(excellentId, AnnualGrade.EXCELLENT,
                        memberId, AnnualGrade.UNQUALIFIED));
        long branchId = published.id();
        assertEquals(AnnualGrade.EXCELLENT, line(published, excellentId).proposed());

        // Model posts: the excellent only, by those who run the branch's evaluation.
        assertThrows(EvaluationNotFoundException.class, () -> member.call(() -> rewards.designate(branchId, excellentId,
                "便民服务示范岗")), "a member does not read the branch's reward");
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> rewards.designate(branchId, excellentId,
                "便民服务示范岗")));
        assertThrows(EvaluationNotFoundException.class, () -> otherTenantAdmin().call(() -> rewards.designate(branchId,
                excellentId, "便民服务示范岗")));
        assertEquals("reward.notExcellent", refused(() -> branchSecretary.call(() -> rewards.designate(branchId,
                memberId, "便民服务示范岗"))));
        BranchRewards before = branchSecretary.call(() -> rewards.ofBranch(branchId));
        RewardLine excellentRewardLine = reward(before, excellentId);
        assertTrue(excellentRewardLine.mayDesignate());
        assertFalse(excellentRewardLine.mayOrder(), "the excellent are not rectified");
        assertFalse(reward(before, memberId).mayDesignate());
        assertTrue(reward(before, memberId).mayOrder());
        ModelPostView post = branchSecretary.call(() -> rewards.designate(branchId, excellentId, " 便民服务示范岗 "));
        assertEquals("便民服务示范岗", post.title());
        assertEquals(year, post.year());
        assertEquals(published.unitName(), post.unitName());
        assertEquals("reward.alreadyDesignated", refused(() -> committeeSecretary.call(() -> rewards.designate(branchId,
                excellentId, "再次确定"))));

        // Listed per unit and for the department; a member sees only their own.
        assertEquals(List.of(post.id()), ids(admin.call(() -> rewards.modelPosts(campaign.id(), null))));
        assertEquals(List.of(post.id()), ids(committeeSecretary.call(() -> rewards.modelPosts(campaign.id(), unitId))));
        assertEquals(List.of(post.id()), ids(leader.call(() -> rewards.modelPosts(campaign.id(), null))));
        assertEquals(List.of(), member.call(() -> rewards.modelPosts(campaign.id(), null)));
        assertEquals(List.of(), member.call(() -> rewards.mine()).modelPosts());
        assertThrows(EvaluationNotFoundException.class, () -> member.call(() -> rewards.modelPost(post.id())));

        // The certificate, as its reader downloads it.
        ModelPostView printed = committeeSecretary.call(() -> rewards.modelPost(post.id()));
        String chinese = pdfText(printed, Locale.CHINESE);
        for (String expected : List.of("党员示范岗", excellentLine.name() + "同志", published.unitName().replaceAll("\\s+", ""),
                year + "年度", "便民服务示范岗", post.issuer().replaceAll("\\s+", ""))) {
            assertTrue(chinese.contains(expected), expected + " in " + chinese);
        }
        assertTrue(pdfText(printed, Locale.ENGLISH).contains("Comrade" + excellentLine.name().replaceAll("\\s+", "")));

        // On the public board: name and post only.
        BoardAddress address = branchSecretary.call(() -> addresses.mine());
        List<BoardModelPost> board = publicBoard.modelPosts(address.tenantKey(), address.unitKey());
        assertEquals(List.of(new BoardModelPost(excellentLine.name(), "便民服务示范岗", year)), board);

        // The unqualified member's personal rectification: ordered, reported, reopened, reported, accepted.
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> rewards.order(branchId, memberId, "整改",
                today.plusDays(30))));
        assertThrows(EvaluationNotFoundException.class, () -> member.call(() -> rewards.order(branchId, memberId,
                "整改", today.plusDays(30))));
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> rewards.order(branchId, secretaryId,
                "自己责令自己", today.plusDays(30))), "nobody orders their own");
        assertEquals("reward.excellentNotRectified", refused(() -> branchSecretary.call(() -> rewards.order(branchId,
                excellentId, "不该整改", today.plusDays(30)))));
        assertEquals("rectification.deadlineNotAhead", refused(() -> branchSecretary.call(() -> rewards.order(branchId,
                memberId, "践诺不力", today))));
        PersonalRectificationView ordered = branchSecretary.call(() -> rewards.order(branchId, memberId,
                "践诺不力，群众意见较大，限期整改", today.plusDays(30)));
        assertEquals(RectificationStatus.OPEN, ordered.status());
        assertEquals("reward.alreadyRectifying", refused(() -> branchSecretary.call(() -> rewards.order(branchId,
                memberId, "再次责令", today.plusDays(30)))));

        PersonalRectificationView mine = member.call(() -> rewards.mine()).rectifications().get(0);
        assertEquals(ordered.id(), mine.id());
        assertTrue(mine.mayReport());
        assertFalse(mine.mayDecide());
        assertFalse(mine.mayHandle());
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> rewards.report(ordered.id(),
                ordered.version(), "替他报告整改完成")), "the member reports their own");
        PersonalRectificationView reported = member.call(() -> rewards.report(ordered.id(), ordered.version(),
                "已补齐三项承诺并向群众作出说明"));
        assertEquals(RectificationStatus.REPORTED, reported.status());
        assertThrows(AccessDeniedException.class, () -> member.call(() -> rewards.decide(reported.id(),
                reported.version(), true, null)), "nobody reviews their own");
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> rewards.decide(reported.id(),
                reported.version(), true, null)));
        PersonalRectificationView reopened = branchSecretary.call(() -> rewards.decide(reported.id(),
                reported.version(), false, "还缺入户走访记录"));
        assertEquals(RectificationStatus.OPEN, reopened.status());
        assertEquals("还缺入户走访记录", reopened.reopenReason());
        PersonalRectificationView again = member.call(() -> rewards.report(reopened.id(), reopened.version(),
                "补交入户走访记录十份"));
        PersonalRectificationView accepted = branchSecretary.call(() -> rewards.decide(again.id(), again.version(),
                true, null));
        assertEquals(RectificationStatus.ACCEPTED, accepted.status());
        assertEquals(AnnualGrade.UNQUALIFIED, accepted.grade());

        // A member the branch finds lagging refuses: the superior fixes them as 不合格 with the handling.
        long laggingId = laggingLine.personId();
        PersonalRectificationView lagging = branchSecretary.call(() -> rewards.order(branchId, laggingId,
                "群众意见较大，限期整改", today.plusDays(15)));
        assertEquals(AnnualGrade.QUALIFIED, lagging.grade());
        assertTrue(branchSecretary.call(() -> rewards.overdue(unitId)).isEmpty(), "nothing late yet");
        admin.call(() -> {
            probe.movePersonalRectificationDeadline(lagging.id(), today.minusDays(1));
            return null;
        });
        PersonalRectificationView late = branchSecretary.call(() -> rewards.overdue(unitId)).get(0);
        assertEquals(lagging.id(), late.id());
        assertTrue(late.overdue());
        assertEquals(List.of(lagging.id()), admin.call(() -> rewards.overdue(null)).stream()
                .map(PersonalRectificationView::id).toList(), "the department lists it too");
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> rewards.refuse(late.id(), late.version(),
                OrganizationalHandling.CORRECTION_WITHIN_TERM, "拒不整改")));
        assertEquals("reward.handlingReasonRequired", refused(() -> committeeSecretary.call(() -> rewards.refuse(
                late.id(), late.version(), OrganizationalHandling.PERSUADED_TO_LEAVE, " "))));
        PersonalRectificationView handled = committeeSecretary.call(() -> rewards.refuse(late.id(), late.version(),
                OrganizationalHandling.PERSUADED_TO_LEAVE, "经多次教育仍拒不整改"));
        assertEquals(AnnualGrade.UNQUALIFIED, handled.grade(), "定格不合格");
        assertEquals(AnnualGrade.QUALIFIED, handled.gradeBefore());
        assertEquals(OrganizationalHandling.PERSUADED_TO_LEAVE, handled.handling());
        assertFalse(handled.mayHandle());
        assertEquals(AnnualGrade.UNQUALIFIED, line(leader.call(() -> branches.view(branchId)), laggingId).proposed(),
                "the published result reads 不合格");
        assertTrue(branchSecretary.call(() -> rewards.overdue(unitId)).isEmpty(), "handled, no longer overdue");
        assertEquals("reward.alreadyHandled", refused(() -> branchSecretary.call(() -> rewards.refuse(handled.id(),
                handled.version(), OrganizationalHandling.STRUCK_OFF, "再处置"))));
        assertEquals(2, admin.call(() -> rewards.rectifications(campaign.id(), null)).size());
        assertEquals(1, member.call(() -> rewards.rectifications(campaign.id(), null)).size(), "a member's own only");
        assertNull(reward(branchSecretary.call(() -> rewards.ofBranch(branchId)), excellentId).rectification());
    }

    private String pdfText(ModelPostView post, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        certificate.write(List.of(post), locale, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static RewardLine reward(BranchRewards rewards, long personId) {
        return rewards.members().stream().filter(line -> line.personId() == personId).findFirst().orElseThrow();
    }

    private static List<Long> ids(List<ModelPostView> posts) {
        return posts.stream().map(ModelPostView::id).toList();
    }

    private static String refused(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).code();
    }
}
