package org.jiannuo.application.appraisal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.InScope;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.publicity.BoardStamps;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.AppraisalRules;
import org.jiannuo.domain.model.appraisal.BallotState;
import org.jiannuo.domain.model.appraisal.BallotTally;
import org.jiannuo.domain.model.appraisal.Grading;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.appraisal.PioneerCap;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * Star-pioneer grading (星级先锋) after the ballot: graders enter grades against the ballot's
 * suggestions, confirm their group (the pioneer cap is enforced here), and the meeting's grades are
 * published together. Grades stay per subject and period as the record of the year.
 */
@Stateless
@TenantScoped
public class Grades {

    static final String ENTITY = "Grading";

    @Inject
    BoardStamps boardStamps;

    @Inject
    Authorization authorization;

    @Inject
    InScope inScope;

    @Inject
    AppraisalAccess access;

    @Inject
    AppraisalRepository appraisal;

    @Inject
    CurrentAppraisalRules currentRules;

    @Inject
    BallotCount ballotCount;

    @Inject
    MeetingViews views;

    @Inject
    PersonRepository people;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    public GradeSheet sheet(long meetingId, GradingGroup group) {
        AccessScope scope = authorization.currentScope();
        return sheetOf(access.inReadableUnit(meetingId, scope), group, scope);
    }

    /**
     * The sheets of the groups the meeting grades that have anyone to grade; none for a caller who reads
     * the meeting (an attendee) but not its unit's grades.
     */
    public List<GradeSheet> sheets(long meetingId) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.readable(meetingId, scope);
        if (!scope.canRead(meeting.getUnit())) {
            return List.of();
        }
        return meeting.getKind().gradingGroups().stream().map(group -> sheetOf(meeting, group, scope))
                .filter(sheet -> !sheet.rows().isEmpty()).toList();
    }

    /**
     * The sheets of every meeting of one kind and month in a unit's subtree whose ballot is closed (a county's
     * month of grading), each group with anyone to grade: read with a few grouped statements over all the
     * meetings, not several per meeting. Meetings in their units' tree order; the whole tenant without a
     * unit, for those who read all of it.
     */
    public List<GradeSheet> sheetsOfMonth(Long unitId, MeetingKind kind, YearMonth period) {
        AccessScope scope = authorization.currentScope();
        if (unitId == null && !scope.isTenantWide()) {
            throw new AccessDeniedException(scope.account() + " may not read the whole tenant's grading");
        }
        String subtree = unitId == null ? "/" : inScope.unit(unitId, scope).getTreePath();
        List<Meeting> meetings = appraisal.meetingsUnder(subtree, kind, period).stream()
                .filter(meeting -> meeting.getBallotState() == BallotState.CLOSED && scope.canRead(meeting.getUnit()))
                .toList();
        if (meetings.isEmpty()) {
            return List.of();
        }
        AppraisalRules rules = currentRules.get();
        Map<Long, BallotResults> results = ballotCount.of(meetings);
        Map<Long, List<Grading>> gradings = appraisal.gradings(meetings).stream()
                .collect(Collectors.groupingBy(grading -> grading.getMeeting().getId()));
        return meetings.stream().flatMap(meeting -> kind.gradingGroups().stream()
                        .map(group -> sheetOf(meeting, group, scope, rules, results.get(meeting.getId()),
                                byGroup(gradings.getOrDefault(meeting.getId(), List.of()), group))))
                .filter(sheet -> !sheet.rows().isEmpty()).toList();
    }

    /** Saves grades of one group; each subject's reason is checked against the ballot's suggestion. */
    public GradeSheet grade(long meetingId, GradingGroup group, List<GradeEntry> entries) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.graded(meetingId, group, scope);
        BallotResults results = ballotCount.of(meeting);
        Map<String, SubjectResult> subjects = results.subjects().stream().filter(s -> s.group() == group)
                .collect(Collectors.toMap(SubjectResult::key, Function.identity()));
        Map<String, Grading> given = gradingsOf(meeting, group);
        Map<String, BallotTally> tallies = appraisal.tallies(meeting).stream()
                .collect(Collectors.toMap(BallotTally::getSubjectKey, Function.identity()));
        LocalDateTime now = LocalDateTime.now(clock);
        for (GradeEntry entry : entries) {
            SubjectResult subject = subjects.get(entry.subjectKey());
            if (subject == null) {
                throw new RuleViolation("grading.notASubject", entry.subjectKey());
            }
            Grading grading = given.get(entry.subjectKey());
            boolean fresh = grading == null;
            if ((fresh ? 0 : grading.getVersion()) != entry.version()) {
                throw new StaleEditException("The grade of " + subject.name() + " changed since it was opened");
            }
            var before = fresh ? null : grading.auditState();
            if (fresh) {
                grading = new Grading(tallies.get(entry.subjectKey()));
            }
            grading.grade(entry.grade(), subject.suggested(), entry.reason(), scope.account().username(), now);
            if (fresh) {
                appraisal.store(grading);
                given.put(entry.subjectKey(), grading);
            }
            if (fresh || !before.equals(grading.auditState())) {
                flush(meetingId);
                auditTrail.record(fresh ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, grading.getId(),
                        AuditSummary.of(AuditEvent.GRADE_GIVEN, grading.getSubjectName()),
                        before, grading.auditState());
            }
        }
        return sheetOf(meeting, group, scope);
    }

    /** Confirms a group's grades: every subject graded, pioneers within the cap. */
    public GradeSheet confirm(long meetingId, GradingGroup group) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.graded(meetingId, group, scope);
        AppraisalRules rules = currentRules.get();
        long subjects = appraisal.tallies(meeting).stream().filter(t -> t.getGroup() == group).count();
        Map<String, Grading> given = gradingsOf(meeting, group);
        if (subjects == 0 || given.size() < subjects) {
            throw new RuleViolation("grading.incomplete", subjects - given.size(), subjects);
        }
        long pioneers = given.values().stream().filter(g -> g.getGrade() == StarGrade.PIONEER).count();
        PioneerCap.require(pioneers, (int) subjects, rules.getPioneerPercent());
        meeting.confirm(group, LocalDateTime.now(clock));
        flush(meetingId);
        auditTrail.record(AuditAction.UPDATE, Meetings.ENTITY, meetingId,
                AuditSummary.of(AuditEvent.GRADES_CONFIRMED, meeting.getUnit().getName()),
                null, Map.of("group", group, "pioneers", pioneers, "graded", subjects));
        return sheetOf(meeting, group, scope);
    }

    public GradeSheet reopen(long meetingId, GradingGroup group) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.graded(meetingId, group, scope);
        meeting.reopen(group);
        flush(meetingId);
        auditTrail.record(AuditAction.UPDATE, Meetings.ENTITY, meetingId,
                AuditSummary.of(AuditEvent.GRADES_UNCONFIRMED, meeting.getUnit().getName()),
                null, Map.of("group", group));
        return sheetOf(meeting, group, scope);
    }

    /**
     * Publishes the meeting's grades (三公示) once every group with subjects is confirmed. The branch
     * secretary publishes the monthly meeting's, the superior's secretary the secretaries' meeting's.
     */
    public MeetingView publish(long meetingId) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.readable(meetingId, scope);
        access.requireGrader(meeting, meeting.getKind().publishingGroup(), scope);
        List<GradingGroup> groups = appraisal.tallies(meeting).stream().map(BallotTally::getGroup).distinct().toList();
        meeting.publish(groups, LocalDateTime.now(clock));
        flush(meetingId);
        boardStamps.touch();
        auditTrail.record(AuditAction.UPDATE, Meetings.ENTITY, meetingId,
                AuditSummary.of(AuditEvent.GRADES_PUBLISHED, meeting.getUnit().getName()),
                null, Map.of("groups", groups));
        return views.of(meeting, scope);
    }

    /** A person's grades by period; people who only see their own record see only published ones. */
    public List<GradeHistoryLine> history(long personId) {
        AccessScope scope = authorization.currentScope();
        Person person = inScope.person(personId, scope);
        boolean publishedOnly = !scope.canRead(person.getOrgUnit());
        return appraisal.gradesOf(person, publishedOnly).stream()
                .map(g -> new GradeHistoryLine(g.getPeriod(), g.getMeeting().getUnit().getName(),
                        g.getMeeting().getKind(), g.getGrade(), g.getMeeting().isPublished()))
                .toList();
    }

    /** The published grades of a unit's subtree per period, for one group. */
    public List<GradeCount> distribution(long unitId, GradingGroup group, YearMonth from, YearMonth until) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = inScope.unit(unitId, scope);
        if (from == null || until == null || until.isBefore(from)) {
            throw new RuleViolation("grading.periodOutOfOrder");
        }
        return appraisal.distribution(unit.getTreePath(), group, from, until).entrySet().stream()
                .map(entry -> count(entry.getKey(), entry.getValue())).toList();
    }

    private static GradeCount count(YearMonth period, Map<StarGrade, Long> counts) {
        Map<StarGrade, Long> all = new EnumMap<>(StarGrade.class);
        for (StarGrade grade : StarGrade.values()) {
            all.put(grade, counts.getOrDefault(grade, 0L));
        }
        return new GradeCount(period, all.get(StarGrade.PIONEER), all.get(StarGrade.QUALIFIED),
                all.get(StarGrade.BASICALLY_QUALIFIED), all.get(StarGrade.LAGGING));
    }

    private GradeSheet sheetOf(Meeting meeting, GradingGroup group, AccessScope scope) {
        return sheetOf(meeting, group, scope, currentRules.get(), ballotCount.of(meeting), gradingsOf(meeting, group));
    }

    private GradeSheet sheetOf(Meeting meeting, GradingGroup group, AccessScope scope, AppraisalRules rules,
            BallotResults results, Map<String, Grading> given) {
        List<GradeRow> rows = results.subjects().stream().filter(s -> s.group() == group)
                .map(s -> {
                    Grading grading = given.get(s.key());
                    return new GradeRow(s.key(), s.name(), s.tally(), s.suggested(),
                            grading == null ? null : grading.getGrade(), grading == null ? null : grading.getReason(),
                            grading == null ? 0 : grading.getVersion());
                })
                .toList();
        long pioneers = given.values().stream().filter(g -> g.getGrade() == StarGrade.PIONEER).count();
        boolean mayGrade = access.grades(meeting, group, scope) && !meeting.isConfirmed(group)
                && !meeting.isPublished();
        return new GradeSheet(meeting.getId(), group, rules.getPioneerPercent(),
                PioneerCap.limit(rows.size(), rules.getPioneerPercent()), pioneers, results.shown(),
                meeting.isConfirmed(group), meeting.isPublished(), mayGrade, rows);
    }

    private Map<String, Grading> gradingsOf(Meeting meeting, GradingGroup group) {
        return byGroup(appraisal.gradings(meeting), group);
    }

    private static Map<String, Grading> byGroup(List<Grading> gradings, GradingGroup group) {
        return gradings.stream().filter(g -> g.getGroup() == group)
                .collect(Collectors.toMap(Grading::getSubjectKey, Function.identity()));
    }

    private void flush(long meetingId) {
        try {
            appraisal.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("The grades of meeting " + meetingId + " were changed by someone else");
        } catch (PersistenceException e) {
            throw new StaleEditException("The grades of meeting " + meetingId + " were entered by someone else");
        }
    }
}
