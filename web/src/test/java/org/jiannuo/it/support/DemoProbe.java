package org.jiannuo.it.support;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.appraisal.BallotCount;
import org.jiannuo.application.appraisal.CurrentAppraisalRules;
import org.jiannuo.application.appraisal.MeetingViews;
import org.jiannuo.application.ballot.BallotEngine;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.ballot.Occasion;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.AppraisalRules;
import org.jiannuo.domain.model.appraisal.Attendance;
import org.jiannuo.domain.model.appraisal.BallotMode;
import org.jiannuo.domain.model.appraisal.BallotState;
import org.jiannuo.domain.model.appraisal.Grading;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.appraisal.MeetingTimeliness;
import org.jiannuo.domain.model.appraisal.PioneerCap;
import org.jiannuo.domain.model.appraisal.Presence;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentOwner;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.commitment.CommitmentRules;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.StarAppraisalState;
import org.jiannuo.domain.model.summary.PeriodKind;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.domain.model.yearend.BranchState;
import org.jiannuo.domain.model.yearend.PersonalRectification;

/** Reads the state of a generated demo in the caller's tenant as of a given day, through the production repositories and rules. */
@Stateless
@TenantScoped
public class DemoProbe {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    BallotEngine engine;

    @Inject
    UserAccountRepository accounts;

    @Inject
    CommitmentRepository commitments;

    @Inject
    AppraisalRepository appraisal;

    @Inject
    CurrentAppraisalRules currentRules;

    @Inject
    BallotCount ballotCount;

    @Inject
    MeetingViews views;

    /** What the demo looks like to its users on {@code today}. */
    public record DemoState(Map<CommitmentStatus, Long> branchItems, Map<CommitmentStatus, Long> allItems,
            long lateItems, long openRectifications, YearMonth latestRecordMonth, long records,
            long publishedGrades, long pastMeetings, long pastMeetingsNotPublished, long lateMeetings,
            long missingMeetings, int fewestOrganizationLifeBallots, int minimumBallots, boolean everyGroupWithinCap,
            boolean everyOrganizationLifeResultShown, BallotState thisMonthsBallot, BallotMode thisMonthsMode,
            Presence memberPresence, boolean memberHasVoted, int ballotsAlreadyCast, int subjectsOnBallot) {
    }

    /** Last year's year-end as the demo shows it: its branches by state, and what the demo member was given. */
    public record YearEndState(Map<BranchState, Long> branches, long selfReports, long modelPosts,
            AnnualGrade memberResult, RectificationStatus memberRectification) {
    }

    /**
     * Last year's village stars as the demo shows them, and what the current year has of them: its appraisals by
     * state, the members rated by category, how many exceed their cap, the working-away members' caps, the members
     * at 9 stars and more under the 10-star cap, and the follow-up (current reserve cadres, lagging members paired,
     * help recorded).
     */
    public record StarsState(Map<StarAppraisalState, Long> appraisals, Map<VillageCategory, Long> rated,
            long aboveCap, Set<Integer> workingAwayCaps, long nineOrMore, long reserves, long paired, long helped,
            long thisYearsAppraisals, long thisYearsTargets, long thisYearsEntries) {
    }

    public StarsState stars(LocalDate today) {
        int year = today.getYear() - 1;
        Map<StarAppraisalState, Long> appraisals = entityManager.createQuery("SELECT a.state, COUNT(a)"
                        + " FROM StarAppraisal a WHERE a.year = :year GROUP BY a.state", Object[].class)
                .setParameter("year", year).getResultList().stream()
                .collect(Collectors.toMap(row -> (StarAppraisalState) row[0], row -> ((Number) row[1]).longValue()));
        Map<VillageCategory, Long> rated = entityManager.createQuery("SELECT r.category, COUNT(r) FROM StarRating r"
                        + " WHERE r.year = :year AND r.ratedAt IS NOT NULL GROUP BY r.category", Object[].class)
                .setParameter("year", year).getResultList().stream()
                .collect(Collectors.toMap(row -> (VillageCategory) row[0], row -> ((Number) row[1]).longValue()));
        long aboveCap = count("SELECT COUNT(r) FROM StarRating r WHERE r.year = :year AND r.total > r.cap", year);
        Set<Integer> awayCaps = Set.copyOf(entityManager.createQuery("SELECT DISTINCT r.cap FROM StarRating r"
                        + " WHERE r.year = :year AND r.category = :away", Integer.class)
                .setParameter("year", year).setParameter("away", VillageCategory.WORKING_AWAY).getResultList());
        long nineOrMore = count("SELECT COUNT(r) FROM StarRating r WHERE r.year = :year AND r.cap = 10"
                + " AND r.total >= 9", year);
        long reserves = count("SELECT COUNT(c) FROM ReserveCadre c WHERE c.year = :year AND c.withdrawnAt IS NULL",
                year);
        long paired = count("SELECT COUNT(l) FROM LaggingMember l WHERE l.year = :year", year);
        long helped = count("SELECT COUNT(h) FROM HelpRecord h WHERE h.lagging.year = :year", year);
        return new StarsState(appraisals, rated, aboveCap, awayCaps, nineOrMore, reserves, paired, helped,
                count("SELECT COUNT(a) FROM StarAppraisal a WHERE a.year = :year", year + 1),
                count("SELECT COUNT(t) FROM StarTarget t WHERE t.year = :year", year + 1),
                entityManager.createQuery("SELECT COUNT(e) FROM LogEntry e WHERE e.entryDate >= :first", Long.class)
                        .setParameter("first", LocalDate.of(year + 1, 1, 1)).getSingleResult());
    }

    private long count(String query, int year) {
        return entityManager.createQuery(query, Long.class).setParameter("year", year).getSingleResult();
    }

    public YearEndState yearEnd(int year) {
        Person member = accounts.findByUsername(StandardLogin.MEMBER.username()).orElseThrow().getPerson();
        Map<BranchState, Long> branches = entityManager.createQuery("SELECT b.state, COUNT(b) FROM BranchEvaluation b"
                        + " WHERE b.campaign.year = :year GROUP BY b.state", Object[].class)
                .setParameter("year", year).getResultList().stream()
                .collect(Collectors.toMap(row -> (BranchState) row[0], row -> ((Number) row[1]).longValue()));
        long selfReports = entityManager.createQuery("SELECT COUNT(r) FROM SelfReport r WHERE r.year = :year"
                + " AND r.periodKind = :kind AND r.submittedAt IS NOT NULL", Long.class)
                .setParameter("year", year).setParameter("kind", PeriodKind.YEAR).getSingleResult();
        long modelPosts = entityManager.createQuery("SELECT COUNT(p) FROM ModelPost p"
                + " WHERE p.member.branch.campaign.year = :year", Long.class)
                .setParameter("year", year).getSingleResult();
        AnnualGrade result = entityManager.createQuery("SELECT m.proposed FROM MemberEvaluation m"
                        + " WHERE m.person = :member AND m.branch.campaign.year = :year", AnnualGrade.class)
                .setParameter("member", member).setParameter("year", year).getResultStream().findFirst().orElse(null);
        RectificationStatus rectification = entityManager.createQuery("SELECT r FROM PersonalRectification r"
                        + " WHERE r.member.person = :member AND r.member.branch.campaign.year = :year",
                        PersonalRectification.class)
                .setParameter("member", member).setParameter("year", year).getResultStream()
                .map(PersonalRectification::getStatus).findFirst().orElse(null);
        return new YearEndState(branches, selfReports, modelPosts, result, rectification);
    }

    /**
     * The real submission checks, as the commitment book runs them on submission: a new item of the
     * demo member written today, checked by itself and counted with the member's items of the year.
     */
    public void checkMemberMaySubmit(LocalDate today) {
        Person member = accounts.findByUsername(StandardLogin.MEMBER.username()).orElseThrow().getPerson();
        int year = today.getYear();
        CommitmentRules rules = commitments.rules(year).orElseThrow();
        Commitment item = Commitment.ofPerson(member, year, new CommitmentDraft(CommitmentKind.ANNUAL, null,
                rules.categoriesFor(false).get(0), "每月参加一次社区志愿服务活动", "提前报名并按时参加，活动后写记录",
                LocalDate.of(year, 12, 31)), false, StandardLogin.MEMBER.username());
        boolean cadre = member.getLeadingCadreLevel() != null && member.getLeadingCadreLevel().isDivisionOrAbove();
        item.checkItem(rules, cadre, today);
        List<String> quota = new ArrayList<>(commitments.of(CommitmentOwner.person(member.getId()), year).stream()
                .filter(c -> c.getKind() == CommitmentKind.ANNUAL && c.getStatus().countsTowardsQuota())
                .map(Commitment::getCategory).toList());
        quota.add(item.getCategory());
        rules.checkAnnualSubmission(false, quota, cadre, today);
    }

    public DemoState state(LocalDate today) {
        int year = today.getYear();
        YearMonth current = YearMonth.from(today);
        Person member = accounts.findByUsername(StandardLogin.MEMBER.username()).orElseThrow().getPerson();
        OrgUnit branch = member.getOrgUnit();
        AppraisalRules rules = currentRules.get();
        Map<CommitmentStatus, Long> branchItems = statusCounts(
                "SELECT c.status, COUNT(c) FROM Commitment c WHERE c.year = :year AND c.reviewingUnit = :branch"
                        + " GROUP BY c.status", year, branch);
        Map<CommitmentStatus, Long> allItems = statusCounts(
                "SELECT c.status, COUNT(c) FROM Commitment c WHERE c.year = :year GROUP BY c.status", year, null);
        long late = count("SELECT COUNT(c) FROM Commitment c WHERE c.overdueSince IS NOT NULL AND c.status IN :s",
                "s", CommitmentStatus.fulfilling());
        long openRectifications = count("SELECT COUNT(r) FROM Rectification r WHERE r.status IN :s", "s",
                List.of(RectificationStatus.OPEN, RectificationStatus.REPORTED));
        LocalDate latestRecord = entityManager.createQuery("SELECT MAX(r.month) FROM FulfilmentRecord r", LocalDate.class)
                .getSingleResult();
        long records = count("SELECT COUNT(r) FROM FulfilmentRecord r", null, null);
        long publishedGrades = count("SELECT COUNT(g) FROM Grading g WHERE g.meeting.publishedAt IS NOT NULL"
                + " AND g.periodMonth < :current", "current", current.atDay(1));

        List<Meeting> past = entityManager.createQuery("SELECT m FROM Meeting m WHERE m.periodMonth < :current",
                Meeting.class).setParameter("current", current.atDay(1)).getResultList();
        long notPublished = past.stream().filter(m -> !m.isPublished() || m.getBallotState() != BallotState.CLOSED)
                .count();
        int fewestBallots = Integer.MAX_VALUE;
        boolean shown = true;
        boolean withinCap = true;
        for (Meeting meeting : past) {
            if (meeting.getKind() == MeetingKind.ORGANIZATION_LIFE) {
                fewestBallots = Math.min(fewestBallots, meeting.getPaperBallots());
                shown &= ballotCount.of(meeting).shown();
            }
            Map<GradingGroup, List<Grading>> groups = appraisal.gradings(meeting).stream()
                    .collect(Collectors.groupingBy(Grading::getGroup));
            for (List<Grading> graded : groups.values()) {
                long pioneers = graded.stream().filter(g -> g.getGrade() == StarGrade.PIONEER).count();
                withinCap &= pioneers <= PioneerCap.limit(graded.size(), rules.getPioneerPercent());
            }
        }
        long lateMeetings = 0;
        long missing = 0;
        for (YearMonth period = YearMonth.of(year, 1); period.isBefore(current); period = period.plusMonths(1)) {
            for (MeetingKind kind : MeetingKind.values()) {
                if (kind.meetsIn(period)) {
                    Map<MeetingTimeliness, Long> held = appraisal.countHeld("/", kind, period, kind.dueDate(period, rules));
                    lateMeetings += held.get(MeetingTimeliness.LATE);
                    missing += appraisal.countUnitsHolding("/", kind) - held.get(MeetingTimeliness.ON_TIME)
                            - held.get(MeetingTimeliness.LATE);
                }
            }
        }

        Meeting thisMonth = appraisal.meeting(branch, MeetingKind.ORGANIZATION_LIFE, current).orElse(null);
        Presence presence = null;
        boolean voted = false;
        int cast = 0;
        int subjects = 0;
        if (thisMonth != null) {
            presence = appraisal.attendance(thisMonth).stream()
                    .filter(a -> a.getPerson().getId().equals(member.getId())).map(Attendance::getPresence)
                    .findFirst().orElse(null);
            Occasion occasion = views.occasion(thisMonth);
            voted = engine.hasVoted(occasion, member.getId());
            cast = engine.ballotsCast(occasion);
            subjects = appraisal.tallies(thisMonth).size();
        }
        return new DemoState(branchItems, allItems, late, openRectifications,
                latestRecord == null ? null : YearMonth.from(latestRecord), records, publishedGrades, past.size(),
                notPublished, lateMeetings, missing, fewestBallots, rules.getMinimumBallots(), withinCap, shown,
                thisMonth == null ? null : thisMonth.getBallotState(), thisMonth == null ? null : thisMonth.getBallotMode(),
                presence, voted, cast, subjects);
    }

    /** Every commitment's status and every past meeting's ballot counts, in the order they were made. */
    public List<String> fingerprint() {
        List<String> lines = new ArrayList<>(entityManager.createQuery(
                "SELECT c.status, c.dueDate, c.progress FROM Commitment c ORDER BY c.id", Object[].class)
                .getResultList().stream().map(row -> row[0] + " " + row[1] + " " + row[2]).toList());
        lines.addAll(entityManager.createQuery("SELECT m.heldOn, m.paperBallots, m.ballotState FROM Meeting m ORDER BY m.id",
                Object[].class).getResultList().stream().map(row -> row[0] + " " + row[1] + " " + row[2]).toList());
        lines.addAll(entityManager.createQuery("SELECT g.subjectName, g.grade FROM Grading g ORDER BY g.id",
                Object[].class).getResultList().stream().map(row -> row[0] + " " + row[1]).toList());
        return lines;
    }

    private Map<CommitmentStatus, Long> statusCounts(String query, int year, OrgUnit branch) {
        var typed = entityManager.createQuery(query, Object[].class).setParameter("year", year);
        if (branch != null) {
            typed.setParameter("branch", branch);
        }
        return typed.getResultList().stream()
                .collect(Collectors.toMap(row -> (CommitmentStatus) row[0], row -> ((Number) row[1]).longValue()));
    }

    private long count(String query, String name, Object value) {
        var typed = entityManager.createQuery(query, Long.class);
        if (name != null) {
            typed.setParameter(name, value);
        }
        return typed.getSingleResult();
    }
}
