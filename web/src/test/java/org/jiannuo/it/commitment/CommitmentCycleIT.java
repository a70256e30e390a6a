package org.jiannuo.it.commitment;

import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.AtOnce;
import org.jiannuo.it.support.StandardUsersTestBase;

import static org.jiannuo.domain.model.commitment.CommitmentOwner.organization;
import static org.jiannuo.domain.model.commitment.CommitmentOwner.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.commitment.CommitmentBook;
import org.jiannuo.application.commitment.CommitmentNotFoundException;
import org.jiannuo.application.commitment.CommitmentReview;
import org.jiannuo.application.commitment.CommitmentReview.RevisionView;
import org.jiannuo.application.commitment.CommitmentView;
import org.jiannuo.application.commitment.ReviewQueueItem;
import org.jiannuo.application.commitment.YearRules;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.domain.model.commitment.CategorySet;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.commitment.ReviewOutcome;
import org.jiannuo.domain.model.commitment.RulesSettings;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The commitment cycle through the services: submit, review, revise, publish, by role and at once. */
class CommitmentCycleIT extends StandardUsersTestBase {

    /** A tenant of its own per run: the cycle starts from an empty year every time. */
    private static final String TENANT = "it-commit-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);

    @EJB
    CommitmentBook book;

    @EJB
    CommitmentReview review;

    @EJB
    YearRules yearRules;

    private final int year = LocalDate.now().getYear();
    private final LocalDate yearEnd = LocalDate.of(year, 12, 31);

    @BeforeEach
    void users() throws Exception {
        signInStandardUsers(TENANT, 21);
        // The year's deadline is its last day, so that the suite runs whatever the date.
        admin.call(() -> yearRules.change(year, new RulesSettings(CategorySet.STUDY_WORK_DISCIPLINE_SERVICE.categories(),
                2, 5, 3, 5, yearEnd, true)));
    }

    @Test
    void aMemberSubmitsTheBranchReturnsApprovesAndPublishes() {
        long me = member.account().personId();
        CommitmentView first = member.call(() -> book.draft(person(me), year, draft("学习", "每月读一本党史书籍并写心得")));
        assertFalse(first.oral());
        assertEquals("commitment.tooFew", assertThrows(RuleViolation.class, () ->
                member.call(() -> book.submit(person(me), year))).code());
        assertEquals(CommitmentStatus.DRAFT, find(me, first.id()).status(), "a refused submission changes nothing");

        CommitmentView second = member.call(() -> book.draft(person(me), year, draft("服务", "为联系户办理实事不少于四件")));
        member.call(() -> book.submit(person(me), year));
        assertEquals(CommitmentStatus.SUBMITTED, find(me, first.id()).status());
        assertEquals(CommitmentStatus.SUBMITTED, find(me, second.id()).status());

        List<ReviewQueueItem> queue = branchSecretary.call(() -> review.queue(CommitmentStatus.SUBMITTED, year, 0, 50));
        ReviewQueueItem toReturn = queue.stream().filter(item -> item.id() == first.id()).findFirst().orElseThrow();
        ReviewQueueItem toApprove = queue.stream().filter(item -> item.id() == second.id()).findFirst().orElseThrow();
        assertEquals("commitment.reasonRequired", assertThrows(RuleViolation.class, () -> branchSecretary.call(() ->
                review.decide(toReturn.id(), toReturn.version(), ReviewOutcome.RETURN, ""))).code());
        branchSecretary.call(() -> review.decide(toReturn.id(), toReturn.version(), ReviewOutcome.RETURN, "请写明读哪几本"));
        branchSecretary.call(() -> review.decide(toApprove.id(), toApprove.version(), ReviewOutcome.APPROVE, null));

        CommitmentView returned = find(me, toReturn.id());
        assertEquals(CommitmentStatus.RETURNED, returned.status());
        assertEquals("请写明读哪几本", returned.lastReason());
        member.call(() -> book.revise(returned.id(), returned.version(),
                draft("学习", "读完《中国共产党简史》等四本书并各写一篇心得")));
        member.call(() -> book.submit(person(me), year));
        CommitmentView resubmitted = find(me, toReturn.id());
        assertEquals(2, resubmitted.revision());
        branchSecretary.call(() -> review.decide(resubmitted.id(), resubmitted.version(), ReviewOutcome.APPROVE, null));

        List<RevisionView> history = member.call(() -> review.history(resubmitted.id()));
        assertEquals(2, history.size());
        assertEquals("每月读一本党史书籍并写心得", history.get(0).content());
        assertEquals(ReviewOutcome.RETURN, history.get(0).outcome());
        assertEquals(StandardLogin.BRANCH_SECRETARY.username(), history.get(0).reviewer());
        assertEquals(ReviewOutcome.APPROVE, history.get(1).outcome());

        List<CommitmentView> published = branchSecretary.call(() ->
                review.publish(List.of(resubmitted.id(), toApprove.id())));
        assertTrue(published.stream().allMatch(item -> item.status() == CommitmentStatus.PUBLISHED
                && LocalDate.now().equals(item.publishedOn())));
    }

    @Test
    void staffEnterAnOralCommitmentAndTheQuotaHasAnUpperEdge() {
        long someone = member.account().personId();
        CommitmentView oral = branchSecretary.call(() -> book.draft(person(someone), year,
                new CommitmentDraft(CommitmentKind.IMMEDIATE, null, "工作", "疫情防控期间值守村口卡点七天",
                        "按排班表每天值守并登记过往人员", yearEnd)));
        assertTrue(oral.oral());
        assertEquals(StandardLogin.BRANCH_SECRETARY.username(), oral.enteredBy());

        long unit = committeeSecretary.account().scopeUnitId();
        assertEquals("commitment.topUnitHasNoReviewer", assertThrows(RuleViolation.class, () ->
                committeeSecretary.call(() -> book.draft(organization(unit), year, draft("服务", "党委班子成员每人联系一个村")))).code());

        long branch = branchSecretary.account().scopeUnitId();
        for (int i = 1; i <= 6; i++) {
            int n = i;
            branchSecretary.call(() -> book.draft(organization(branch), year, draft("服务", "支部集体承诺第" + n + "项为群众办实事")));
        }
        assertEquals("commitment.tooMany", assertThrows(RuleViolation.class, () ->
                branchSecretary.call(() -> book.submit(organization(branch), year))).code());
    }

    @Test
    void everyRoleMayDoOnlyItsPart() {
        long me = member.account().personId();
        long branch = branchSecretary.account().scopeUnitId();
        long secretarySelf = branchSecretary.account().personId();

        assertThrows(AccessDeniedException.class, () -> leader.call(() -> book.draft(person(me), year,
                draft("学习", "领导不能替别人写的承诺内容"))));
        assertThrows(AccessDeniedException.class, () -> administrativeHead.call(() -> book.draft(person(me), year,
                draft("学习", "行政负责人不能代写党员承诺"))));
        assertThrows(PersonNotFoundException.class, () -> member.call(() -> book.draft(person(secretarySelf), year,
                draft("学习", "党员不能替书记写承诺内容"))));
        assertThrows(UnitNotFoundException.class, () -> member.call(() -> book.draft(organization(branch), year,
                draft("服务", "党员不能替支部写集体承诺"))));
        assertThrows(AccessDeniedException.class, () -> committeeSecretary.call(() ->
                yearRules.change(year, new RulesSettings(List.of("学习"), 1, 2, 1, 2, yearEnd, false))));

        CommitmentView own = branchSecretary.call(() -> book.draft(person(secretarySelf), year,
                new CommitmentDraft(CommitmentKind.IMMEDIATE, null, "工作", "书记本人承诺带头完成换届工作", "按时召开党员大会完成选举", yearEnd)));
        branchSecretary.call(() -> book.submit(person(secretarySelf), year));
        CommitmentView submitted = branchSecretary.call(() -> book.of(person(secretarySelf), year)).stream()
                .filter(item -> item.id() == own.id()).findFirst().orElseThrow();
        assertTrue(branchSecretary.call(() -> review.queue(CommitmentStatus.SUBMITTED, year, 0, 500)).stream()
                .noneMatch(item -> item.id() == own.id()), "nobody's queue holds their own commitments");
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() ->
                review.decide(own.id(), submitted.version(), ReviewOutcome.APPROVE, null)));
        assertThrows(CommitmentNotFoundException.class, () -> member.call(() ->
                review.decide(own.id(), submitted.version(), ReviewOutcome.APPROVE, null)));
        assertThrows(AccessDeniedException.class, () -> leader.call(() ->
                review.decide(own.id(), submitted.version(), ReviewOutcome.APPROVE, null)));
        assertTrue(member.call(() -> review.queue(CommitmentStatus.SUBMITTED, year, 0, 50)).isEmpty());
        // In the fixture the branch secretary also leads the committee, so the department decides.
        CommitmentView decided = admin.call(() -> review.decide(own.id(), submitted.version(), ReviewOutcome.APPROVE, null));
        assertEquals(CommitmentStatus.REGISTERED, decided.status());

        AsUser otherTenant = otherTenantAdmin();
        assertThrows(CommitmentNotFoundException.class, () -> otherTenant.call(() -> review.history(own.id())));
    }

    @Test
    void twoReviewersDecidingTheSameItemAtOnceRecordOneDecision() throws Exception {
        long me = member.account().personId();
        CommitmentView item = branchSecretary.call(() -> book.draft(person(me), year,
                new CommitmentDraft(CommitmentKind.IMMEDIATE, null, "服务", "冬季为独居老人送温暖十户", "逐户走访并登记所需物资", yearEnd)));
        branchSecretary.call(() -> book.submit(person(me), year));
        ReviewQueueItem queued = committeeSecretary.call(() -> review.queue(CommitmentStatus.SUBMITTED, year, 0, 500))
                .stream().filter(line -> line.id() == item.id()).findFirst().orElseThrow();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> decisions = new ArrayList<>();
            for (Object[] reviewer : List.of(new Object[] {branchSecretary, ReviewOutcome.APPROVE},
                    new Object[] {committeeSecretary, ReviewOutcome.RETURN})) {
                decisions.add(() -> {
                    try {
                        ((AsUser) reviewer[0]).call(() -> review.decide(item.id(), queued.version(),
                                (ReviewOutcome) reviewer[1], "请补充具体户数"));
                        return "decided " + reviewer[1];
                    } catch (StaleEditException | EJBException e) {
                        return "refused";
                    }
                });
            }
            List<String> results = AtOnce.outcomes(pool, decisions);
            assertEquals(1, results.stream().filter("refused"::equals).count(), results.toString());
            String winner = results.stream().filter(result -> result.startsWith("decided")).findFirst().orElseThrow();
            List<RevisionView> history = member.call(() -> review.history(item.id()));
            assertEquals(1, history.size());
            assertNotNull(history.get(0).outcome());
            assertEquals(winner, "decided " + history.get(0).outcome());
            CommitmentView stored = find(me, item.id());
            assertEquals(history.get(0).outcome() == ReviewOutcome.APPROVE
                    ? CommitmentStatus.REGISTERED : CommitmentStatus.RETURNED, stored.status());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStaleRevisionIsRefusedNotOverwritten() {
        long me = member.account().personId();
        CommitmentView item = member.call(() -> book.draft(person(me), year,
                new CommitmentDraft(CommitmentKind.IMMEDIATE, null, "自律", "全年不参加任何形式的赌博活动", "每月向支部报告一次个人情况", yearEnd)));
        member.call(() -> book.revise(item.id(), item.version(),
                new CommitmentDraft(CommitmentKind.IMMEDIATE, null, "自律", "全年不参加任何形式的赌博活动并劝阻他人", "每月向支部报告一次个人情况", yearEnd)));
        assertThrows(StaleEditException.class, () -> branchSecretary.call(() -> book.revise(item.id(), item.version(),
                new CommitmentDraft(CommitmentKind.IMMEDIATE, null, "自律", "这次修改基于旧版本不应保存", "每月向支部报告一次个人情况", yearEnd))));
        assertNull(member.call(() -> book.of(person(me), year)).stream().filter(line -> line.id() == item.id())
                .filter(line -> line.content().startsWith("这次修改")).findFirst().orElse(null));
    }

    private CommitmentView find(long personId, long commitmentId) {
        return member.call(() -> book.of(person(personId), year)).stream()
                .filter(item -> item.id() == commitmentId).findFirst().orElseThrow();
    }

    private CommitmentDraft draft(String category, String content) {
        return new CommitmentDraft(CommitmentKind.ANNUAL, null, category, content, "建立台账，每月对照检查一次进度", yearEnd);
    }
}
