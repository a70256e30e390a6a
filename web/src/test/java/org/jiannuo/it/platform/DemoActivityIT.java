package org.jiannuo.it.platform;

import org.jiannuo.it.support.DemoProbe;
import org.jiannuo.it.support.Fixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.tenancy.TenantContext;
import org.jiannuo.domain.model.appraisal.BallotMode;
import org.jiannuo.domain.model.appraisal.BallotState;
import org.jiannuo.domain.model.appraisal.Presence;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.StarAppraisalState;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.domain.model.yearend.BranchState;
import org.jiannuo.infrastructure.generator.CountyPlan;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.jiannuo.infrastructure.generator.DemoActivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The living demo, generated for pinned days into tenants of its own (the suite's demo tenant is
 * generated for the real today): on each day the member can submit, the queues, the ledger and the
 * meetings have something to show, this month's ballot waits for the member, last year's year-end
 * evaluation is published with its model posts and the member's rectification, and last year's village stars
 * of the township are published and followed up.
 */
@ExtendWith(ArquillianExtension.class)
class DemoActivityIT {

    private static final Logger LOG = Logger.getLogger(DemoActivityIT.class.getName());

    @EJB
    CountyProvisioning provisioning;

    @EJB
    DemoActivity activity;

    @EJB
    DemoProbe probe;

    @Test
    void lateNovemberHasAYearBehindIt() throws Exception {
        DemoProbe.DemoState state = demo("it-demo-1129", LocalDate.of(2026, 11, 29));

        assertMonthsBehind(state, YearMonth.of(2026, 10));
        assertTrue(state.allItems().getOrDefault(CommitmentStatus.CLOSED, 0L) > 0, "items were closed out");
        assertTrue(state.allItems().getOrDefault(CommitmentStatus.COMPLETION_REPORTED, 0L) > 0,
                "completion reports wait to be closed out");
    }

    @Test
    void februaryHasJanuaryBehindIt() throws Exception {
        // January is recorded, February not yet; items due in January or early February are late and pressed.
        assertMonthsBehind(demo("it-demo-0212", LocalDate.of(2026, 2, 12)), YearMonth.of(2026, 1));
    }

    @Test
    void theFirstOfJanuaryOpensTheYearAndIsTheSameEveryTime() throws Exception {
        LocalDate today = LocalDate.of(2026, 1, 1);
        DemoProbe.DemoState state = demo("it-demo-0101", today);

        assertEverydayStates(state);
        assertNull(state.latestRecordMonth(), "the year's first month has no past month to record");
        assertEquals(0, state.pastMeetings(), "nor past meetings");
        assertEquals(0, state.lateItems(), "nothing of this year can be late on its first day");

        demo("it-demo-0101b", today);
        List<String> first = as("it-demo-0101", probe::fingerprint);
        List<String> second = as("it-demo-0101b", probe::fingerprint);
        assertFalse(first.isEmpty());
        assertEquals(first, second, "the same day gives the same demo");
    }

    private DemoProbe.DemoState demo(String tenant, LocalDate today) throws Exception {
        provisioning.provision(tenant, "演示 " + today, CountyPlan.demo(), Fixtures.PASSWORD);
        long started = System.nanoTime();
        as(tenant, () -> {
            activity.generate(today);
            return null;
        });
        LOG.info("Demo activity of " + today + " generated in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        as(tenant, () -> {
            probe.checkMemberMaySubmit(today);
            return null;
        });
        assertLastYearEvaluated(as(tenant, () -> probe.yearEnd(today.getYear() - 1)));
        assertLastYearStarred(as(tenant, () -> probe.stars(today)));
        return as(tenant, () -> probe.state(today));
    }

    /** Every day shows last year's evaluation published and rewarded, and the demo member's rectification. */
    private static void assertLastYearEvaluated(DemoProbe.YearEndState yearEnd) {
        assertEquals(Set.of(BranchState.PUBLISHED), yearEnd.branches().keySet(),
                "last year's branches are all published: " + yearEnd);
        assertTrue(yearEnd.branches().get(BranchState.PUBLISHED) > 1, "the committee's branches: " + yearEnd);
        assertTrue(yearEnd.selfReports() > 0, "members submitted their annual self-reports");
        assertTrue(yearEnd.modelPosts() > 0, "excellent members were designated model posts: " + yearEnd);
        assertEquals(AnnualGrade.UNQUALIFIED, yearEnd.memberResult(), "the demo member's published result");
        assertEquals(RectificationStatus.OPEN, yearEnd.memberRectification(), "and the rectification it brought");
    }

    /**
     * Every day shows last year's village stars of the township: every village's appraisal published, members of the
     * four categories rated within their caps (working away under 6), some at 9 stars or more, reserve cadres marked,
     * lagging members paired and helped; and nothing of the current year, which the demo's users start themselves.
     */
    private static void assertLastYearStarred(DemoProbe.StarsState stars) {
        assertEquals(Set.of(StarAppraisalState.PUBLISHED), stars.appraisals().keySet(),
                "last year's star appraisals are all published: " + stars);
        assertTrue(stars.appraisals().get(StarAppraisalState.PUBLISHED) > 1, "the township's villages: " + stars);
        assertEquals(Set.of(VillageCategory.values()), stars.rated().keySet(), "members of every category rated");
        assertEquals(0, stars.aboveCap(), "nobody above their cap");
        assertEquals(Set.of(6), stars.workingAwayCaps(), "members working away rated under the 6-star cap");
        assertTrue(stars.nineOrMore() > 0, "members at 9 stars or more, listed for the commendation: " + stars);
        assertTrue(stars.reserves() > 0, "reserve cadres marked: " + stars);
        assertTrue(stars.paired() > 0 && stars.helped() >= stars.paired(), "lagging members paired and helped: "
                + stars);
        assertEquals(List.of(0L, 0L, 0L), List.of(stars.thisYearsAppraisals(), stars.thisYearsTargets(),
                stars.thisYearsEntries()), "nothing of this year's stars: appraisals, targets, log book entries");
    }

    /** What every day shows, the first of January included. */
    private static void assertEverydayStates(DemoProbe.DemoState state) {
        long approved = state.allItems().entrySet().stream().filter(entry -> entry.getKey().isApproved())
                .mapToLong(entry -> entry.getValue()).sum();
        assertTrue(approved * 2 > state.allItems().values().stream().mapToLong(Long::longValue).sum(),
                "most items are approved: " + state.allItems());
        assertTrue(state.allItems().getOrDefault(CommitmentStatus.PUBLISHED, 0L) > 0, "and published");
        assertEquals(0, state.allItems().getOrDefault(CommitmentStatus.REGISTERED, 0L),
                "every approved item was published");
        assertTrue(state.branchItems().getOrDefault(CommitmentStatus.SUBMITTED, 0L) > 0,
                "items wait in the demo branch secretary's queue: " + state.branchItems());
        assertTrue(state.branchItems().getOrDefault(CommitmentStatus.RETURNED, 0L) > 0,
                "a returned item waits for its owner: " + state.branchItems());
        assertTrue(state.branchItems().getOrDefault(CommitmentStatus.DRAFT, 0L) > 0,
                "a draft is not submitted yet: " + state.branchItems());
        assertEquals(BallotState.OPEN, state.thisMonthsBallot(), "this month's meeting of the member's branch");
        assertEquals(BallotMode.ELECTRONIC, state.thisMonthsMode());
        assertEquals(Presence.PRESENT, state.memberPresence(), "the demo member is present and votes");
        assertFalse(state.memberHasVoted(), "the demo member's vote is left to the demo member");
        assertTrue(state.subjectsOnBallot() > 0);
        assertTrue(state.ballotsAlreadyCast() >= state.minimumBallots(),
                "enough others have voted that the results show once the ballot closes: " + state.ballotsAlreadyCast());
    }

    /** What a day with past months of the year shows: every day's states, the months behind recorded and held. */
    private static void assertMonthsBehind(DemoProbe.DemoState state, YearMonth lastRecorded) {
        assertEverydayStates(state);
        assertEquals(lastRecorded, state.latestRecordMonth(), "monthly records up to last month");
        assertTrue(state.lateItems() > 0, "some items are late: " + state);
        assertTrue(state.openRectifications() > 0, "some rectifications are open: " + state);
        assertPastMonthsHeld(state);
    }

    private static void assertPastMonthsHeld(DemoProbe.DemoState state) {
        assertTrue(state.pastMeetings() > 0);
        assertEquals(0, state.pastMeetingsNotPublished(), "every past meeting held is closed and published");
        assertTrue(state.publishedGrades() > 0, "grades of past months are published");
        assertTrue(state.fewestOrganizationLifeBallots() >= state.minimumBallots(),
                "every monthly meeting's ballot has at least the minimum ballots: "
                        + state.fewestOrganizationLifeBallots());
        assertTrue(state.everyOrganizationLifeResultShown(), "and so shows its results");
        assertTrue(state.everyGroupWithinCap(), "pioneers within the cap in every group");
        assertTrue(state.lateMeetings() + state.missingMeetings() > 0,
                "the dashboard has late or missing meetings: " + state);
    }

    private static <T> T as(String tenant, Callable<T> work) throws Exception {
        return TenantContext.callAs(tenant, work);
    }
}
