package org.jiannuo.infrastructure.generator;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiannuo.application.appraisal.CurrentAppraisalRules;
import org.jiannuo.application.appraisal.MeetingSubjects;
import org.jiannuo.application.appraisal.MeetingViews;
import org.jiannuo.application.ballot.BallotEngine;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.AppraisalRules;
import org.jiannuo.domain.model.appraisal.Attendance;
import org.jiannuo.domain.model.appraisal.BallotMode;
import org.jiannuo.domain.model.appraisal.BallotTally;
import org.jiannuo.domain.model.appraisal.Choice;
import org.jiannuo.domain.model.appraisal.GradeSuggestions;
import org.jiannuo.domain.model.appraisal.Grading;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.appraisal.NarrationMode;
import org.jiannuo.domain.model.appraisal.PioneerCap;
import org.jiannuo.domain.model.appraisal.Presence;
import org.jiannuo.domain.model.appraisal.Remark;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.appraisal.Subject;
import org.jiannuo.domain.model.appraisal.Tally;
import org.jiannuo.domain.model.ballot.Eligibility;
import org.jiannuo.domain.model.ballot.Occasion;
import org.jiannuo.domain.model.ballot.OccasionOwner;
import org.jiannuo.domain.model.ballot.Scale;
import org.jiannuo.domain.model.ballot.VotingMode;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.Person;

/**
 * The demo county's meetings of one month (一讲二评三公示): every branch's organization-life meeting
 * and, in even months, every superior's secretaries' meeting, held with attendance, narrations and
 * remarks, a paper ballot entered and closed, grades confirmed under the pioneer cap and published;
 * a few held late and a few not at all. In the current month the demo member's branch has held its
 * meeting and opened its electronic ballot, with the demo member present, and some of the others
 * present have voted; other units whose meeting is still within time have not held it yet. Every
 * step is the domain's own, in the order the meeting screen takes them.
 */
@Stateless
@TenantScoped
public class DemoMeetings {

    private static final String BY = DemoCommitments.BY;
    private static final String[] NARRATIONS = DemoWords.array("meetings.narrations");
    private static final String[] PROGRESS = DemoWords.array("meetings.progress");
    private static final String[] SHORTCOMINGS = DemoWords.array("meetings.shortcomings");
    private static final String[] DIRECTIONS = DemoWords.array("meetings.directions");

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AppraisalRepository appraisal;

    @Inject
    CurrentAppraisalRules currentRules;

    @Inject
    OrgUnitRepository units;

    @Inject
    UserAccountRepository accounts;

    @Inject
    MeetingSubjects subjects;

    @Inject
    MeetingViews views;

    @Inject
    BallotEngine engine;

    /**
     * Generates the meetings of {@code period} as of {@code today} in the caller's tenant, in a transaction of
     * its own. Nothing is written before a query unless asked, so that a month of meetings costs what its rows
     * cost, not a look at every object held before each statement.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void generate(YearMonth period, LocalDate today, long seed) {
        entityManager.setFlushMode(FlushModeType.COMMIT);
        DemoLogins logins = DemoLogins.read(accounts, units);
        AppraisalRules rules = currentRules.get();
        Random random = new Random(seed * 31 + period.getYear() * 12L + period.getMonthValue());
        List<OrgUnit> active = units.all().stream().filter(unit -> !unit.isDissolved())
                .sorted(Comparator.comparing(OrgUnit::getId)).toList();
        Set<Long> superiors = active.stream().map(OrgUnit::getParent).filter(Objects::nonNull).map(OrgUnit::getId)
                .collect(Collectors.toSet());
        Set<Long> branches = active.stream().filter(unit -> unit.getType() == OrgUnitType.BRANCH).map(OrgUnit::getId)
                .collect(Collectors.toSet());
        List<Long> unitIds = active.stream().map(OrgUnit::getId).toList();
        Map<Long, List<Person>> peopleByUnit = entityManager.createQuery("SELECT p FROM Person p ORDER BY p.id",
                Person.class).getResultList().stream().collect(Collectors.groupingBy(p -> p.getOrgUnit().getId()));
        boolean current = period.equals(YearMonth.from(today));
        for (MeetingKind kind : MeetingKind.values()) {
            if (!kind.meetsIn(period)) {
                continue;
            }
            LocalDate due = kind.dueDate(period, rules);
            for (Long unitId : unitIds) {
                boolean holds = kind == MeetingKind.ORGANIZATION_LIFE ? branches.contains(unitId)
                        : superiors.contains(unitId);
                if (!holds) {
                    continue;
                }
                boolean demoBranch = kind == MeetingKind.ORGANIZATION_LIFE && unitId.equals(logins.branch().getId());
                if (current && demoBranch) {
                    readyForBallot(unit(unitId), roster(unitId, kind, peopleByUnit), period,
                            due.isBefore(today) ? due : today, today, logins, random);
                } else if (!current || today.isAfter(due)) {
                    int roll = random.nextInt(100);
                    if (demoBranch || roll >= 6) {
                        LocalDate heldOn = demoBranch || roll >= 14 ? onTime(kind, period, due, random)
                                : late(due, period, today, random);
                        holdAndGrade(unit(unitId), roster(unitId, kind, peopleByUnit), kind, period, heldOn, today,
                                rules, random);
                    }
                }
            }
        }
        appraisal.flush();
    }

    private OrgUnit unit(long id) {
        return units.find(id).orElseThrow();
    }

    private static LocalDate onTime(MeetingKind kind, YearMonth period, LocalDate due, Random random) {
        LocalDate from = due.minusDays(14).isBefore(kind.earliestDay(period)) ? kind.earliestDay(period)
                : due.minusDays(14);
        LocalDate day = from.plusDays(random.nextInt(15));
        return day.isAfter(due) ? due : day;
    }

    /** After the due date within the month, but not after today; February's secretaries are never late by this. */
    private static LocalDate late(LocalDate due, YearMonth period, LocalDate today, Random random) {
        int room = period.lengthOfMonth() - due.getDayOfMonth();
        LocalDate day = due.plusDays(1 + random.nextInt(Math.max(1, room)));
        day = day.isAfter(period.atEndOfMonth()) ? period.atEndOfMonth() : day;
        return day.isAfter(today) ? today : day;
    }

    /** A whole meeting: held, attended, narrated, remarked, balloted on paper, graded, confirmed and published. */
    private void holdAndGrade(OrgUnit unit, List<Person> people, MeetingKind kind, YearMonth period, LocalDate heldOn,
            LocalDate today, AppraisalRules rules, Random random) {
        LocalDateTime held = DemoCommitments.at(heldOn, 19, today);
        Meeting meeting = Meeting.held(unit, kind, period, heldOn, topic(kind, period), BY, held);
        appraisal.store(meeting);
        List<Attendance> roster = attend(meeting, people, held, null, random);
        remark(meeting, roster, held, random);
        List<Subject> ballotSubjects = subjects.of(meeting, roster);
        int present = (int) roster.stream().filter(Attendance::isVoter).count();
        if (ballotSubjects.isEmpty() || present == 0) {
            return;
        }
        meeting.openBallot(BallotMode.PAPER);
        Map<String, BallotTally> tallies = new LinkedHashMap<>();
        for (int position = 0; position < ballotSubjects.size(); position++) {
            BallotTally tally = new BallotTally(meeting, position + 1, ballotSubjects.get(position));
            appraisal.store(tally);
            tallies.put(tally.getSubjectKey(), tally);
        }
        appraisal.flush();
        Occasion occasion = occasion(meeting, ballotSubjects, VotingMode.PAPER, rules);
        int ballots = Math.max(1, present - random.nextInt(2));
        meeting.recordPaperBallots(ballots, present);
        Map<String, Tally> counts = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> byOption = new LinkedHashMap<>();
        for (Subject subject : ballotSubjects) {
            int[] choices = new int[Choice.values().length];
            for (int ballot = 0; ballot < ballots; ballot++) {
                choices[choose(subject, random).ordinal()]++;
            }
            Tally tally = new Tally(choices[Choice.GOOD.ordinal()], choices[Choice.FAIRLY_GOOD.ordinal()],
                    choices[Choice.AVERAGE.ordinal()], choices[Choice.POOR.ordinal()], choices[Choice.UNKNOWN.ordinal()]);
            counts.put(subject.key(), tally);
            byOption.put(subject.key(), tally.byOption());
        }
        engine.enterPaper(occasion, ballots, byOption);
        meeting.closeBallot();
        engine.close(occasion);
        grade(meeting, tallies, counts, ballots, heldOn, today, rules, random);
    }

    /** The meeting's ballot on the engine, prepared and opened as the meeting screen opens it. */
    private Occasion occasion(Meeting meeting, List<Subject> ballotSubjects, VotingMode mode, AppraisalRules rules) {
        Map<String, String> paper = new LinkedHashMap<>();
        ballotSubjects.forEach(subject -> paper.put(subject.key(), subject.name()));
        Occasion occasion = engine.prepare(OccasionOwner.MEETING, meeting.getId(), meeting.getUnit(),
                meeting.getKind() + " " + meeting.period(), Scale.APPRAISAL, Eligibility.ATTENDEES, mode,
                rules.getMinimumBallots(), BY, paper);
        occasion.open();
        return occasion;
    }

    /**
     * Grades every subject as the closed ballot suggests, read as the results screen reads it: each group's
     * suggestions under its pioneer cap, none when fewer than the minimum ballots were cast (then 合格); then
     * confirms each group under the cap and publishes.
     */
    private void grade(Meeting meeting, Map<String, BallotTally> tallies, Map<String, Tally> counts, int ballots,
            LocalDate heldOn, LocalDate today, AppraisalRules rules, Random random) {
        LocalDateTime graded = DemoCommitments.at(heldOn.plusDays(1 + random.nextInt(3)), 10, today);
        Map<GradingGroup, List<BallotTally>> groups = tallies.values().stream()
                .collect(Collectors.groupingBy(BallotTally::getGroup, () -> new EnumMap<>(GradingGroup.class),
                        Collectors.toList()));
        groups.forEach((group, subjectsOfGroup) -> {
            Map<String, StarGrade> suggested = rules.showsResultsOf(ballots)
                    ? GradeSuggestions.of(subjectsOfGroup.stream().collect(Collectors.toMap(BallotTally::getSubjectKey,
                            tally -> counts.get(tally.getSubjectKey()))), rules.getPioneerPercent())
                    : Map.of();
            long pioneers = 0;
            for (BallotTally subject : subjectsOfGroup) {
                StarGrade suggestion = suggested.get(subject.getSubjectKey());
                StarGrade grade = suggestion == null ? StarGrade.QUALIFIED : suggestion;
                Grading grading = new Grading(subject);
                grading.grade(grade, suggestion, null, BY, graded);
                appraisal.store(grading);
                pioneers += grade == StarGrade.PIONEER ? 1 : 0;
            }
            PioneerCap.require(pioneers, subjectsOfGroup.size(), rules.getPioneerPercent());
            meeting.confirm(group, graded);
        });
        meeting.publish(groups.keySet(), graded.plusMinutes(30));
    }

    /**
     * This month's meeting of the demo member's branch: held, attended with the demo member present,
     * narrated and remarked, its electronic ballot open, and cast already by some of those present other
     * than the demo logins, through the same receipts and counts as a ballot cast on the vote screen.
     */
    private void readyForBallot(OrgUnit branch, List<Person> people, YearMonth period, LocalDate heldOn,
            LocalDate today, DemoLogins logins, Random random) {
        LocalDateTime held = DemoCommitments.at(heldOn, 19, today);
        Meeting meeting = Meeting.held(branch, MeetingKind.ORGANIZATION_LIFE, period, heldOn,
                topic(MeetingKind.ORGANIZATION_LIFE, period), BY, held);
        appraisal.store(meeting);
        List<Attendance> roster = attend(meeting, people, held, logins.member(), random);
        remark(meeting, roster, held, random);
        List<Subject> ballotSubjects = subjects.of(meeting, roster);
        meeting.openBallot(BallotMode.ELECTRONIC);
        for (int position = 0; position < ballotSubjects.size(); position++) {
            appraisal.store(new BallotTally(meeting, position + 1, ballotSubjects.get(position)));
        }
        appraisal.flush();
        Occasion occasion = occasion(meeting, ballotSubjects, VotingMode.ELECTRONIC, currentRules.get());
        for (Attendance voter : roster) {
            if (voter.isVoter() && !logins.isLogin(voter.getPerson()) && random.nextInt(100) < 70) {
                engine.cast(occasion, voter.getPerson().getId(), ballotSubjects.stream()
                        .collect(Collectors.toMap(Subject::key, subject -> choose(subject, random).name())));
            }
        }
    }

    /** The roster as the meeting screen makes it: the branch's people, or the secretaries below and the superior's own. */
    private List<Person> roster(long unitId, MeetingKind kind, Map<Long, List<Person>> peopleByUnit) {
        List<Person> own = peopleByUnit.getOrDefault(unitId, List.of());
        if (kind == MeetingKind.ORGANIZATION_LIFE) {
            return own;
        }
        Set<Person> roster = new LinkedHashSet<>();
        units.children(unitId).stream().filter(child -> !child.isDissolved()).map(OrgUnit::getSecretary)
                .filter(Objects::nonNull).forEach(roster::add);
        roster.addAll(own);
        return List.copyOf(roster);
    }

    /** Floating members narrate from afar, infirm ones stay away, nine in ten of the others come and most narrate. */
    private List<Attendance> attend(Meeting meeting, List<Person> roster, LocalDateTime at, Person mustAttend,
            Random random) {
        List<Attendance> lines = new ArrayList<>();
        for (Person person : roster) {
            Attendance attendance = new Attendance(meeting, person, BY, at);
            boolean required = mustAttend != null && person.getId().equals(mustAttend.getId());
            Presence presence = required ? Presence.PRESENT
                    : person.isFloating() ? Presence.REMOTE
                    : person.isInfirm() || random.nextInt(100) >= 90 ? Presence.ABSENT : Presence.PRESENT;
            attendance.mark(presence, false, BY, at);
            if (presence == Presence.REMOTE || presence == Presence.PRESENT && random.nextInt(100) < 85) {
                NarrationMode mode = presence == Presence.REMOTE
                        ? List.of(NarrationMode.WRITING, NarrationMode.PHONE, NarrationMode.VIDEO).get(random.nextInt(3))
                        : NarrationMode.IN_PERSON;
                attendance.narrate(mode, NARRATIONS[random.nextInt(NARRATIONS.length)], BY, at);
            }
            appraisal.store(attendance);
            lines.add(attendance);
        }
        return lines;
    }

    /** Every remark the meeting calls for: on each member and staff member, or on each branch and its secretary. */
    private void remark(Meeting meeting, List<Attendance> roster, LocalDateTime at, Random random) {
        for (MeetingViews.CalledRemark called : views.calledRemarks(meeting, roster)) {
            Remark remark = new Remark(meeting, called.kind(), called.subject());
            remark.write(PROGRESS[random.nextInt(PROGRESS.length)], SHORTCOMINGS[random.nextInt(SHORTCOMINGS.length)],
                    DIRECTIONS[random.nextInt(DIRECTIONS.length)], BY, at);
            appraisal.store(remark);
        }
    }

    /**
     * One voter's rating of a subject. How well a subject is thought of stays the same from month to month
     * (it follows from the person's ID card or the unit's name, not from database ids), so that the grades
     * of a person form a plausible history and the same county gets the same ratings.
     */
    private static Choice choose(Subject subject, Random random) {
        String who = subject.person() != null ? subject.person().getIdCardNo() : subject.unit().getName();
        int standing = Math.floorMod(who.hashCode() * 2654435761L, 100);
        int[] weights = standing < 15 ? new int[] {80, 15, 3, 0, 2}
                : standing < 85 ? new int[] {38, 44, 13, 2, 3}
                : standing < 96 ? new int[] {10, 30, 45, 12, 3}
                : new int[] {5, 15, 35, 42, 3};
        int roll = random.nextInt(100);
        for (Choice choice : Choice.values()) {
            roll -= weights[choice.ordinal()];
            if (roll < 0) {
                return choice;
            }
        }
        return Choice.UNKNOWN;
    }

    private static String topic(MeetingKind kind, YearMonth period) {
        return DemoWords.text("meetings.topic." + kind.name(), period.getMonthValue());
    }
}
