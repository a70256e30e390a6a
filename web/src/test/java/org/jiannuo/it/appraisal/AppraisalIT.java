package org.jiannuo.it.appraisal;

import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.AtOnce;
import org.jiannuo.it.support.StandardUsersTestBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jiannuo.application.appraisal.AppraisalRulesBook;
import org.jiannuo.application.appraisal.AttendanceLine;
import org.jiannuo.application.appraisal.BallotResults;
import org.jiannuo.application.appraisal.Ballots;
import org.jiannuo.application.appraisal.EvaluationTables;
import org.jiannuo.application.appraisal.ExemptionLine;
import org.jiannuo.application.appraisal.Exemptions;
import org.jiannuo.application.appraisal.GradeCount;
import org.jiannuo.application.appraisal.GradeEntry;
import org.jiannuo.application.appraisal.GradeRow;
import org.jiannuo.application.appraisal.GradeSheet;
import org.jiannuo.application.appraisal.Grades;
import org.jiannuo.application.appraisal.MeetingDashboard;
import org.jiannuo.application.appraisal.MeetingNotFoundException;
import org.jiannuo.application.appraisal.MeetingTimelinessCount;
import org.jiannuo.application.appraisal.MeetingView;
import org.jiannuo.application.appraisal.Meetings;
import org.jiannuo.application.appraisal.Remarks;
import org.jiannuo.application.appraisal.SubjectResult;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.domain.model.appraisal.AppraisalRules;
import org.jiannuo.domain.model.appraisal.AppraisalSettings;
import org.jiannuo.domain.model.appraisal.RemarkCadence;
import org.jiannuo.domain.model.appraisal.BallotMode;
import org.jiannuo.domain.model.appraisal.Choice;
import org.jiannuo.domain.model.appraisal.ExemptionReason;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.appraisal.MeetingTimeliness;
import org.jiannuo.domain.model.appraisal.NarrationMode;
import org.jiannuo.domain.model.appraisal.PioneerCap;
import org.jiannuo.domain.model.appraisal.Presence;
import org.jiannuo.domain.model.appraisal.RemarkKind;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.appraisal.Tally;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.interfaces.report.EvaluationTableReport;
import org.jiannuo.reports.ReportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 一讲二评 through the services: meetings with their deadlines, attendance, narrations and
 * exemptions; remarks; the secret ballot, its secrecy and its one-vote-per-person guarantee under
 * concurrency; grades with the pioneer cap and the ballot's direction; the evaluation tables. Each
 * test meets in a period of its own in a tenant of this class's own.
 */
class AppraisalIT extends StandardUsersTestBase {

    private static final String TENANT = "it-appr-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);

    @EJB
    Meetings meetings;

    @EJB
    Ballots ballots;

    @EJB
    Remarks remarks;

    @EJB
    Grades grades;

    @EJB
    Exemptions exemptions;

    @EJB
    MeetingDashboard dashboard;

    @EJB
    AppraisalRulesBook rulesBook;

    @EJB
    EvaluationTables evaluationTables;

    @EJB
    OrganizationTree tree;

    @Inject
    EvaluationTableReport tableReport;

    @Resource(lookup = "java:app/jdbc/jiannuo")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private final YearMonth thisMonth = YearMonth.now();

    private long branchId;

    @BeforeEach
    void users() throws Exception {
        signInStandardUsers(TENANT, 47);
        branchId = branchSecretary.account().scopeUnitId();
        admin.call(() -> rulesBook.change(AppraisalRules.DEFAULTS));
    }

    @Test
    void meetingsAreKeptByTheBranchAndLateOnesShowOnTheDashboard() {
        YearMonth period = thisMonth.minusMonths(1);
        assertThrows(AccessDeniedException.class, () -> member.call(() -> meetings.hold(branchId,
                MeetingKind.ORGANIZATION_LIFE, period, period.atDay(20), null)), "a member keeps no meeting record");
        assertThrows(AccessDeniedException.class, () -> leader.call(() -> meetings.hold(branchId,
                MeetingKind.ORGANIZATION_LIFE, period, period.atDay(20), null)), "a leader only reads");
        assertEquals("meeting.heldInFuture", refused(() -> branchSecretary.call(() -> meetings.hold(branchId,
                MeetingKind.ORGANIZATION_LIFE, thisMonth.plusMonths(1), thisMonth.plusMonths(1).atDay(1), null))));
        assertEquals("meeting.secretariesEvenMonth", refused(() -> committeeSecretary.call(() -> meetings.hold(
                parentOfBranch(), MeetingKind.SECRETARIES, oddMonthBefore(), oddMonthBefore().atDay(5), null))));

        MeetingView late = branchSecretary.call(() -> meetings.hold(branchId, MeetingKind.ORGANIZATION_LIFE, period,
                period.atDay(26), "十月组织生活会"));
        assertEquals(MeetingTimeliness.LATE, late.summary().timeliness(), "the 26th is after the 25th");
        assertEquals(period.atDay(25), late.summary().dueDate());
        assertEquals("meeting.alreadyHeld", refused(() -> branchSecretary.call(() -> meetings.hold(branchId,
                MeetingKind.ORGANIZATION_LIFE, period, period.atDay(20), null))));
        MeetingView corrected = branchSecretary.call(() -> meetings.reschedule(late.id(), late.version(),
                period.atDay(25), "十月组织生活会"));
        assertEquals(MeetingTimeliness.ON_TIME, corrected.summary().timeliness(), "the 25th itself is on time");
        assertThrows(RuntimeException.class, () -> branchSecretary.call(() -> meetings.reschedule(late.id(),
                late.version(), period.atDay(24), null)), "a stale version is refused");

        List<MeetingTimelinessCount> counts = admin.call(() -> dashboard.timeliness(3));
        MeetingTimelinessCount lastMonth = counts.stream()
                .filter(c -> c.kind() == MeetingKind.ORGANIZATION_LIFE && c.period().equals(period))
                .findFirst().orElseThrow();
        assertEquals(1, lastMonth.onTime());
        assertEquals(lastMonth.units() - 1, lastMonth.missing(), "every other branch missed last month's meeting");
        assertTrue(admin.call(() -> dashboard.lateOrMissing(MeetingKind.ORGANIZATION_LIFE, period)).stream()
                .noneMatch(line -> line.unitId() == branchId), "the branch that met is not listed");
        assertThrows(AccessDeniedException.class, () -> member.call(() -> dashboard.timeliness(3)));

        assertThrows(MeetingNotFoundException.class, () -> otherTenantAdmin().call(() -> meetings.meeting(late.id())),
                "another department never sees the meeting");
    }

    @Test
    void attendanceNarrationsAndExemptionsFollowTheirRules() {
        YearMonth period = thisMonth.minusMonths(7);
        MeetingView probe = branchSecretary.call(() -> meetings.hold(branchId, MeetingKind.ORGANIZATION_LIFE,
                period, period.atDay(18), null));
        AttendanceLine someone = probe.roster().stream().filter(line -> !line.floating()
                && line.personId() != member.account().personId()).findFirst().orElseThrow();

        ExemptionLine requested = branchSecretary.call(() -> exemptions.request(someone.personId(),
                ExemptionReason.SICK, period.plusMonths(1), null, "长期住院"));
        assertFalse(requested.mayDecide(), "the branch asks but does not approve");
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> exemptions.decide(requested.id(),
                requested.version(), true, null)));
        assertEquals("exemption.refusalReasonRequired", refused(() -> committeeSecretary.call(() ->
                exemptions.decide(requested.id(), requested.version(), false, " "))));
        ExemptionLine approved = committeeSecretary.call(() -> exemptions.decide(requested.id(), requested.version(),
                true, "同意"));
        assertEquals(org.jiannuo.domain.model.appraisal.ExemptionStatus.APPROVED, approved.status());

        YearMonth exemptMonth = period.plusMonths(1);
        MeetingView next = branchSecretary.call(() -> meetings.hold(branchId, MeetingKind.ORGANIZATION_LIFE,
                exemptMonth, exemptMonth.atDay(10), null));
        assertEquals(Presence.EXEMPT, line(next, someone.personId()).presence(), "exempted from the approved month");
        assertEquals(Presence.ABSENT, line(probe, someone.personId()).presence(), "not before it");
        assertTrue(next.remarks().stream().noneMatch(remark -> remark.subjectKey().equals("P" + someone.personId())),
                "the exempted are not remarked on");
        assertEquals("attendance.exempted", refused(() -> branchSecretary.call(() -> meetings.markAttendance(
                next.id(), Map.of(someone.personId(), Presence.PRESENT)))));

        long memberId = member.account().personId();
        assertEquals("attendance.remoteOnlyFloating", refused(() -> branchSecretary.call(() ->
                meetings.markAttendance(next.id(), Map.of(memberId, Presence.REMOTE)))));
        branchSecretary.call(() -> meetings.markAttendance(next.id(), Map.of(memberId, Presence.PRESENT)));
        assertEquals("narration.inPersonMode", refused(() -> branchSecretary.call(() -> meetings.narrate(next.id(),
                memberId, NarrationMode.EMAIL, "本月按时完成了三项承诺事项"))));
        assertEquals("narration.tooShort", refused(() -> branchSecretary.call(() -> meetings.narrate(next.id(),
                memberId, NarrationMode.IN_PERSON, "完成了"))));
        MeetingView narrated = branchSecretary.call(() -> meetings.narrate(next.id(), memberId, NarrationMode.IN_PERSON,
                "本月按时完成了三项承诺事项，走访群众五户"));
        assertEquals(NarrationMode.IN_PERSON, line(narrated, memberId).narrationMode());
        assertThrows(AccessDeniedException.class, () -> member.call(() -> meetings.narrate(next.id(), memberId,
                NarrationMode.IN_PERSON, "党员不能自己登记讲述内容")));

        assertThrows(AccessDeniedException.class, () -> administrativeHead.call(() -> remarks.write(next.id(),
                RemarkKind.ON_MEMBER, "P" + memberId, 0, "进步", "不足", "方向")),
                "the administrative head remarks only on staff");
        assertEquals("remark.partRequired", refused(() -> branchSecretary.call(() -> remarks.write(next.id(),
                RemarkKind.ON_MEMBER, "P" + memberId, 0, "按时完成承诺", " ", "继续带头"))));
        MeetingView remarked = branchSecretary.call(() -> remarks.write(next.id(), RemarkKind.ON_MEMBER, "P" + memberId,
                0, "按时完成承诺", "学习不够深入", "继续带头"));
        var written = remarked.remarks().stream().filter(r -> r.subjectKey().equals("P" + memberId)).findFirst()
                .orElseThrow();
        assertEquals("学习不够深入", written.shortcomings());
        assertThrows(RuntimeException.class, () -> branchSecretary.call(() -> remarks.write(next.id(),
                RemarkKind.ON_MEMBER, "P" + memberId, 0, "再写一次", "覆盖", "不行")), "a remark is not overwritten blind");
    }

    @Test
    void theBallotIsSecretAndEachPresentPersonVotesOnce() throws Exception {
        YearMonth period = thisMonth.minusMonths(3);
        MeetingView meeting = meetingWithEveryonePresent(period);
        List<AsUser> voters = voters(meeting);
        AttendanceLine absent = meeting.roster().get(meeting.roster().size() - 1);
        branchSecretary.call(() -> meetings.markAttendance(meeting.id(), Map.of(absent.personId(), Presence.ABSENT)));
        List<AsUser> present = voters.stream().filter(v -> v.account().personId() != absent.personId()).toList();
        assertThrows(AccessDeniedException.class, () -> member.call(() -> ballots.open(meeting.id(),
                BallotMode.ELECTRONIC)));
        branchSecretary.call(() -> ballots.open(meeting.id(), BallotMode.ELECTRONIC));
        assertEquals("attendance.fixedByBallot", refused(() -> branchSecretary.call(() -> meetings.markAttendance(
                meeting.id(), Map.of(absent.personId(), Presence.PRESENT)))));
        List<String> subjects = present.get(0).call(() -> ballots.paper(meeting.id())).subjects().stream()
                .map(s -> s.key()).toList();

        List<LogRecord> logged = new ArrayList<>();
        Handler capture = capturing(logged);
        Logger.getLogger("").addHandler(capture);
        long auditBefore = countAuditEntries();
        Choice[] pattern = {Choice.GOOD, Choice.FAIRLY_GOOD, Choice.POOR};
        try {
            for (int v = 0; v < present.size(); v++) {
                Choice choice = pattern[v % pattern.length];
                present.get(v).call(() -> {
                    ballots.cast(meeting.id(), subjects.stream().collect(Collectors.toMap(key -> key, key -> choice)));
                    return null;
                });
            }
            assertEquals(auditBefore, countAuditEntries(), "casting writes no audit entry");
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        assertEquals("ballot.alreadyCast", refused(() -> present.get(0).call(() -> {
            ballots.cast(meeting.id(), subjects.stream().collect(Collectors.toMap(key -> key, key -> Choice.GOOD)));
            return null;
        })));
        AsUser absentVoter = voters.stream().filter(v -> v.account().personId() == absent.personId()).findFirst()
                .orElseThrow();
        assertThrows(AccessDeniedException.class, () -> absentVoter.call(() -> {
            ballots.cast(meeting.id(), subjects.stream().collect(Collectors.toMap(key -> key, key -> Choice.POOR)));
            return null;
        }), "only those present vote");
        assertEquals("ballot.incomplete", refused(() -> present.get(1).call(() -> {
            ballots.cast(meeting.id(), Map.of(subjects.get(0), Choice.GOOD));
            return null;
        })), "a ballot rates every subject");
        assertEquals("ballot.notClosed", refused(() -> branchSecretary.call(() -> ballots.results(meeting.id()))),
                "no results while the ballot is open");
        assertEquals(present.size(), branchSecretary.call(() -> meetings.meeting(meeting.id())).ballotsCast(),
                "the turnout is known while voting");

        branchSecretary.call(() -> ballots.close(meeting.id()));
        BallotResults results = branchSecretary.call(() -> ballots.results(meeting.id()));
        assertTrue(results.shown());
        assertEquals(present.size(), results.ballots());
        assertEquals(present.size(), results.present(), "ballots match attendance");
        int good = (int) java.util.stream.IntStream.range(0, present.size()).filter(v -> v % 3 == 0).count();
        int fairlyGood = (int) java.util.stream.IntStream.range(0, present.size()).filter(v -> v % 3 == 1).count();
        int poor = present.size() - good - fairlyGood;
        for (SubjectResult result : results.subjects()) {
            assertEquals(new Tally(good, fairlyGood, 0, poor, 0), result.tally(), result.name());
        }
        assertThrows(AccessDeniedException.class, () -> member.call(() -> ballots.results(meeting.id())),
                "a member reads grades once published, not the counts");

        Set<String> voterNames = present.stream().map(v -> v.account().username()).collect(Collectors.toSet());
        for (LogRecord record : logged) {
            String text = record.getMessage() + " " + java.util.Arrays.toString(record.getParameters());
            assertTrue(voterNames.stream().noneMatch(text::contains), "the log names no voter: " + text);
            assertTrue(java.util.Arrays.stream(Choice.values()).noneMatch(c -> text.contains(c.name())),
                    "the log holds no choice: " + text);
        }
        assertNothingStoredLinksAVoterToAChoice(meeting.id(), present);
    }

    @Test
    void aVoterSubmittingTwiceAtOnceIsCountedOnce() throws Exception {
        YearMonth period = thisMonth.minusMonths(4);
        MeetingView meeting = meetingWithEveryonePresent(period);
        List<AsUser> voters = voters(meeting);
        branchSecretary.call(() -> ballots.open(meeting.id(), BallotMode.ELECTRONIC));
        List<String> subjects = voters.get(0).call(() -> ballots.paper(meeting.id())).subjects().stream()
                .map(s -> s.key()).toList();
        Map<String, Choice> ballot = subjects.stream().collect(Collectors.toMap(key -> key, key -> Choice.GOOD));

        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            AsUser voter = voters.get(i % 2);
            attempts.add(() -> AtOnce.ruleOutcome("cast", () -> voter.call(() -> {
                ballots.cast(meeting.id(), ballot);
                return null;
            })));
        }
        List<String> answers = AtOnce.outcomes(executor, attempts);
        assertEquals(2, answers.stream().filter("cast"::equals).count(), "one ballot each for two voters: " + answers);
        assertTrue(answers.stream().filter(a -> !a.equals("cast")).allMatch("ballot.alreadyCast"::equals),
                answers.toString());
        branchSecretary.call(() -> ballots.close(meeting.id()));
        BallotResults results = branchSecretary.call(() -> ballots.results(meeting.id()));
        assertEquals(2, results.electronicBallots());
        assertTrue(results.subjects().stream().allMatch(s -> s.tally() == null),
                "2 ballots are fewer than the minimum of 3: no counts shown");
    }

    @Test
    void gradesKeepThePioneerCapAndExplainGoingAgainstTheBallot() throws Exception {
        YearMonth period = thisMonth.minusMonths(5);
        MeetingView meeting = meetingWithEveryonePresent(period);
        List<AsUser> voters = voters(meeting);
        branchSecretary.call(() -> ballots.open(meeting.id(), BallotMode.ELECTRONIC));
        List<String> subjects = voters.get(0).call(() -> ballots.paper(meeting.id())).subjects().stream()
                .map(s -> s.key()).toList();
        for (AsUser voter : voters) {
            voter.call(() -> {
                ballots.cast(meeting.id(), subjects.stream().collect(Collectors.toMap(key -> key,
                        key -> key.equals(subjects.get(subjects.size() - 1)) ? Choice.POOR : Choice.GOOD)));
                return null;
            });
        }
        assertEquals("ballot.notClosed", refused(() -> branchSecretary.call(() -> grades.grade(meeting.id(),
                GradingGroup.MEMBERS, List.of()))));
        branchSecretary.call(() -> ballots.close(meeting.id()));

        GradeSheet sheet = branchSecretary.call(() -> grades.sheet(meeting.id(), GradingGroup.MEMBERS));
        int graded = sheet.rows().size();
        assertEquals(PioneerCap.limit(graded, 15), sheet.cap());
        assertTrue(sheet.rows().stream().allMatch(row -> row.tally() != null && row.suggested() != null),
                "the counts stand beside every name");
        assertEquals(sheet.cap(), sheet.rows().stream().filter(r -> r.suggested() == StarGrade.PIONEER).count(),
                "unanimous 好 suggests pioneers only up to the cap");
        assertThrows(AccessDeniedException.class, () -> administrativeHead.call(() -> grades.grade(meeting.id(),
                GradingGroup.MEMBERS, List.of())), "the administrative head grades staff, not members");
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> grades.grade(meeting.id(),
                GradingGroup.STAFF, List.of())), "the secretary grades members, not staff");

        GradeRow first = sheet.rows().get(0);
        assertEquals("grading.reasonAgainstBallot", refused(() -> branchSecretary.call(() -> grades.grade(
                meeting.id(), GradingGroup.MEMBERS, List.of(new GradeEntry(first.subjectKey(), StarGrade.LAGGING,
                        null, first.version()))))));
        List<GradeEntry> overCap = new ArrayList<>();
        for (int i = 0; i < graded; i++) {
            GradeRow row = sheet.rows().get(i);
            StarGrade grade = i <= sheet.cap() ? StarGrade.PIONEER : StarGrade.QUALIFIED;
            overCap.add(new GradeEntry(row.subjectKey(), grade, grade == row.suggested()
                    || (row.suggested() == StarGrade.PIONEER && grade == StarGrade.QUALIFIED) ? null : "表现突出",
                    row.version()));
        }
        GradeSheet saved = branchSecretary.call(() -> grades.grade(meeting.id(), GradingGroup.MEMBERS, overCap));
        assertEquals(sheet.cap() + 1, saved.pioneers());
        assertEquals("grading.pioneerCap", refused(() -> branchSecretary.call(() -> grades.confirm(meeting.id(),
                GradingGroup.MEMBERS))), "one pioneer above the cap is refused at confirmation");
        GradeRow extra = saved.rows().get(sheet.cap());
        GradeSheet withinCap = branchSecretary.call(() -> grades.grade(meeting.id(), GradingGroup.MEMBERS,
                List.of(new GradeEntry(extra.subjectKey(), StarGrade.QUALIFIED, null, extra.version()))));
        assertEquals(sheet.cap(), withinCap.pioneers());
        GradeSheet confirmed = branchSecretary.call(() -> grades.confirm(meeting.id(), GradingGroup.MEMBERS));
        assertTrue(confirmed.confirmed());
        assertEquals(List.of(confirmed), branchSecretary.call(() -> grades.sheetsOfMonth(branchId,
                MeetingKind.ORGANIZATION_LIFE, period)).stream().filter(s -> s.group() == GradingGroup.MEMBERS).toList(),
                "the month's sheets read at once are the meeting's own, counts, suggestions and grades alike");
        assertTrue(admin.call(() -> grades.sheetsOfMonth(null, MeetingKind.ORGANIZATION_LIFE, period))
                .contains(confirmed), "the department reads the whole tenant's month");
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> grades.sheetsOfMonth(null,
                MeetingKind.ORGANIZATION_LIFE, period)), "a branch does not read the whole tenant's month");
        assertEquals("grading.alreadyConfirmed", refused(() -> branchSecretary.call(() -> grades.grade(meeting.id(),
                GradingGroup.MEMBERS, List.of(new GradeEntry(extra.subjectKey(), StarGrade.QUALIFIED, null,
                        withinCap.rows().get(sheet.cap()).version()))))));

        boolean hasStaff = branchSecretary.call(() -> ballots.results(meeting.id())).subjects().stream()
                .anyMatch(s -> s.group() == GradingGroup.STAFF);
        if (hasStaff) {
            assertEquals("grading.notConfirmed", refused(() -> branchSecretary.call(() -> grades.publish(meeting.id()))));
            GradeSheet staff = administrativeHead.call(() -> grades.sheet(meeting.id(), GradingGroup.STAFF));
            administrativeHead.call(() -> grades.grade(meeting.id(), GradingGroup.STAFF, staff.rows().stream()
                    .map(row -> new GradeEntry(row.subjectKey(), row.suggested(), null, row.version())).toList()));
            administrativeHead.call(() -> grades.confirm(meeting.id(), GradingGroup.STAFF));
        }
        long memberId = member.account().personId();
        assertTrue(member.call(() -> grades.history(memberId)).isEmpty(), "nothing shows before publication");
        MeetingView published = branchSecretary.call(() -> grades.publish(meeting.id()));
        assertTrue(published.summary().published());
        assertEquals(1, member.call(() -> grades.history(memberId)).size(), "the member sees their published grade");
        List<GradeCount> distribution = admin.call(() -> grades.distribution(branchId, GradingGroup.MEMBERS, period,
                period));
        assertEquals(1, distribution.size());
        assertEquals(sheet.cap(), distribution.get(0).pioneer());
        assertEquals(graded, distribution.get(0).total());
        assertThrows(RuntimeException.class, () -> member.call(() -> grades.distribution(branchId,
                GradingGroup.MEMBERS, period, period)), "a member does not see the branch's distribution");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        var table = branchSecretary.call(() -> evaluationTables.of(meeting.id()));
        tableReport.write(table, ReportFormat.PDF, Locale.SIMPLIFIED_CHINESE, pdf);
        String text = pdfText(pdf.toByteArray());
        assertTrue(text.contains("党员干部职工“星级先锋”评价表"), text);
        for (GradeRow row : withinCap.rows()) {
            assertTrue(text.contains(row.name()), "the table names " + row.name());
        }
        assertTrue(text.contains("★") && text.contains("☆"), "pioneer and qualified symbols: " + text);
        assertTrue(text.contains("★ 先锋　☆ 合格　○ 基本合格　△ 后进"), "the legend carries all four symbols");
    }

    @Test
    void aPaperBallotIsEnteredByTheStaffAndTheSuperiorGradesBranches() throws Exception {
        YearMonth period = evenMonthBefore();
        long superiorId = parentOfBranch();
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> meetings.hold(superiorId,
                MeetingKind.SECRETARIES, period, period.atDay(28), null)), "a branch does not keep its superior's record");
        MeetingView meeting = committeeSecretary.call(() -> meetings.hold(superiorId, MeetingKind.SECRETARIES, period,
                period.atDay(Math.min(30, period.lengthOfMonth())), "双月支部书记会"));
        assertEquals(MeetingTimeliness.ON_TIME, meeting.summary().timeliness());
        Map<Long, Presence> everyone = meeting.roster().stream()
                .collect(Collectors.toMap(AttendanceLine::personId, line -> Presence.PRESENT));
        committeeSecretary.call(() -> meetings.markAttendance(meeting.id(), everyone));
        assertTrue(meeting.remarks().stream().anyMatch(r -> r.kind() == RemarkKind.ON_ORGANIZATION
                && r.subjectKey().equals("U" + branchId)), "the superior remarks on each branch");
        assertTrue(meeting.remarks().stream().anyMatch(r -> r.kind() == RemarkKind.ON_SECRETARY),
                "and on each branch secretary");
        committeeSecretary.call(() -> remarks.write(meeting.id(), RemarkKind.ON_ORGANIZATION, "U" + branchId, 0,
                "组织生活规范", "承诺兑现偏慢", "加快兑现进度"));

        committeeSecretary.call(() -> ballots.open(meeting.id(), BallotMode.PAPER));
        assertEquals("ballot.notOpenForVoting", refused(() -> branchSecretary.call(() -> {
            ballots.cast(meeting.id(), Map.of("U" + branchId, Choice.GOOD));
            return null;
        })), "a paper ballot is not cast online");
        List<String> branches = meeting.remarks().stream().filter(r -> r.kind() == RemarkKind.ON_ORGANIZATION)
                .map(r -> r.subjectKey()).toList();
        int returned = everyone.size();
        Map<String, Tally> counts = new HashMap<>();
        branches.forEach(key -> counts.put(key, new Tally(returned, 0, 0, 0, 0)));
        Map<String, Tally> wrong = new HashMap<>(counts);
        wrong.put(branches.get(0), new Tally(returned - 1, 0, 0, 0, 0));
        assertEquals("ballot.paperCountsDiffer", refused(() -> committeeSecretary.call(() ->
                ballots.enterPaperBallot(meeting.id(), returned, wrong))));
        assertEquals("ballot.paperCountRange", refused(() -> committeeSecretary.call(() ->
                ballots.enterPaperBallot(meeting.id(), returned + 1, counts))), "more ballots than people present");
        committeeSecretary.call(() -> ballots.enterPaperBallot(meeting.id(), returned, counts));
        committeeSecretary.call(() -> ballots.close(meeting.id()));

        GradeSheet sheet = committeeSecretary.call(() -> grades.sheet(meeting.id(), GradingGroup.ORGANIZATIONS));
        assertEquals(branches.size(), sheet.rows().size());
        assertThrows(AccessDeniedException.class, () -> branchSecretary.call(() -> grades.grade(meeting.id(),
                GradingGroup.ORGANIZATIONS, List.of())), "a branch does not grade branches");
        committeeSecretary.call(() -> grades.grade(meeting.id(), GradingGroup.ORGANIZATIONS, sheet.rows().stream()
                .map(row -> new GradeEntry(row.subjectKey(), row.suggested() == null ? StarGrade.QUALIFIED
                        : row.suggested(), null, row.version())).toList()));
        committeeSecretary.call(() -> grades.confirm(meeting.id(), GradingGroup.ORGANIZATIONS));
        committeeSecretary.call(() -> grades.publish(meeting.id()));

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        tableReport.write(committeeSecretary.call(() -> evaluationTables.of(meeting.id())), ReportFormat.PDF,
                Locale.SIMPLIFIED_CHINESE, pdf);
        String text = pdfText(pdf.toByteArray());
        assertTrue(text.contains("基层党组织“星级先锋”评价表"), text);
        String branchName = unitNode(branchId).name();
        assertTrue(text.contains(branchName), "annex 2 names the branch " + branchName + ": " + text);
        assertTrue(text.contains("组织生活规范"), "with the superior's remark");
    }

    @Test
    void theDepartmentSetsTheCapAndTheMinimumBallots() {
        assertThrows(AccessDeniedException.class, () -> committeeSecretary.call(() ->
                rulesBook.change(new AppraisalSettings(20, 3, 25, 30, RemarkCadence.MONTHLY))));
        assertEquals("appraisal.pioneerPercentRange", refused(() -> admin.call(() ->
                rulesBook.change(new AppraisalSettings(0, 3, 25, 30, RemarkCadence.MONTHLY)))));
        AppraisalSettings changed = admin.call(() -> rulesBook.change(new AppraisalSettings(20, 5, 24, 28, RemarkCadence.MONTHLY)));
        assertEquals(new AppraisalSettings(20, 5, 24, 28, RemarkCadence.MONTHLY), member.call(() -> rulesBook.settings()));
        assertEquals(changed, admin.call(() -> rulesBook.settings()));
        admin.call(() -> rulesBook.change(AppraisalRules.DEFAULTS));
    }

    private void assertNothingStoredLinksAVoterToAChoice(long meetingId, List<AsUser> voters) throws Exception {
        Set<String> choiceValues = new java.util.HashSet<>();
        for (Choice choice : Choice.values()) {
            choiceValues.add(choice.name());
        }
        choiceValues.addAll(List.of("好", "较好", "一般", "差", "不了解"));
        Set<String> plainReceipts = new java.util.HashSet<>();
        for (AsUser voter : voters) {
            plainReceipts.add(sha256(TENANT + ":" + meetingId + ":" + voter.account().personId()));
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            if (postgres) {
                try (PreparedStatement bind = connection.prepareStatement("SELECT set_config('jiannuo.tenant', ?, false)")) {
                    bind.setString(1, TENANT);
                    bind.execute();
                }
            }
            try {
                assertEquals(Set.of("tenant_code", "occasion_id", "voter_hash"), columns(connection, "ballot_voter"),
                        "a receipt holds the meeting's ballot and a keyed hash, nothing else");
                assertEquals(Set.of("id", "tenant_code", "occasion_id", "sealed"), columns(connection, "sealed_ballot"),
                        "a sealed ballot holds its random key, its occasion and the sealed choices, nothing else");
                for (String table : List.of("ballot_tally", "ballot_count")) {
                    assertTrue(columns(connection, table).stream().noneMatch(c -> c.contains("voter")
                            || c.contains("person_id") && !c.startsWith("subject") || c.endsWith("_at")),
                            table + " carries no voter and no time");
                }
                List<String> hashes = new ArrayList<>();
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT v.voter_hash FROM ballot_voter v JOIN ballot_occasion o ON o.id = v.occasion_id"
                                + " WHERE o.owner_kind = 'MEETING' AND o.owner_id = ?")) {
                    query.setLong(1, meetingId);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            hashes.add(rows.getString(1).strip());
                        }
                    }
                }
                assertEquals(voters.size(), hashes.size(), "one receipt per voter");
                assertTrue(hashes.stream().noneMatch(plainReceipts::contains),
                        "a receipt is keyed: it is not a plain hash of the voter anyone could compute");
                for (String table : tables(connection)) {
                    if (table.equalsIgnoreCase("ballot_count")) {
                        continue; // the sums written at close, one row per subject and option
                    }
                    try (Statement statement = connection.createStatement();
                            ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                        ResultSetMetaData meta = rows.getMetaData();
                        while (rows.next()) {
                            for (int column = 1; column <= meta.getColumnCount(); column++) {
                                if (isText(meta.getColumnType(column))) {
                                    String value = rows.getString(column);
                                    assertFalse(value != null && choiceValues.contains(value.strip()),
                                            "table " + table + " column " + meta.getColumnName(column)
                                                    + " holds a rating: " + value);
                                }
                            }
                        }
                    }
                }
            } finally {
                if (postgres) {
                    try (Statement reset = connection.createStatement()) {
                        reset.execute("SELECT set_config('jiannuo.tenant', '', false)");
                    }
                }
            }
        }
    }

    /** This tenant's audit entries: PostgreSQL shows them once the tenant is named. */
    private long countAuditEntries() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                statement.execute("SELECT set_config('jiannuo.tenant', '" + TENANT + "', false)");
            }
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE tenant_code = '"
                    + TENANT + "'")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static boolean isText(int sqlType) {
        return sqlType == Types.VARCHAR || sqlType == Types.CHAR || sqlType == Types.LONGVARCHAR
                || sqlType == Types.CLOB || sqlType == Types.NVARCHAR;
    }

    private static Set<String> columns(Connection connection, String table) throws SQLException {
        Set<String> columns = new java.util.HashSet<>();
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rows = meta.getColumns(null, null, name, null)) {
                while (rows.next()) {
                    columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String schema = rows.getString("TABLE_SCHEM");
                if (schema != null && (schema.equalsIgnoreCase("public") || schema.equalsIgnoreCase(connection.getSchema()))) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        return tables;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Handler capturing(List<LogRecord> records) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (records) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    private MeetingView meetingWithEveryonePresent(YearMonth period) {
        MeetingView meeting = branchSecretary.call(() -> meetings.hold(branchId, MeetingKind.ORGANIZATION_LIFE, period,
                period.atDay(20), null));
        Map<Long, Presence> everyone = meeting.roster().stream().filter(line -> line.presence() != Presence.EXEMPT)
                .collect(Collectors.toMap(AttendanceLine::personId, line -> Presence.PRESENT));
        return branchSecretary.call(() -> meetings.markAttendance(meeting.id(), everyone));
    }

    private List<AsUser> voters(MeetingView meeting) {
        return meeting.roster().stream().filter(line -> line.presence() == Presence.PRESENT)
                .map(line -> AsUser.member(member.account(), line.personId(), branchId)).toList();
    }

    private static AttendanceLine line(MeetingView meeting, long personId) {
        return meeting.roster().stream().filter(l -> l.personId() == personId).findFirst().orElseThrow();
    }

    private long parentOfBranch() {
        return admin.call(() -> parentOf(null, branchId));
    }

    private Long parentOf(Long parent, long child) {
        for (UnitNode node : tree.children(parent)) {
            if (node.id() == child) {
                return parent;
            }
            if (node.hasChildren()) {
                Long found = parentOf(node.id(), child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private UnitNode unitNode(long unitId) {
        return admin.call(() -> tree.node(unitId));
    }

    private YearMonth evenMonthBefore() {
        YearMonth month = thisMonth.minusMonths(1);
        return month.getMonthValue() % 2 == 0 ? month : month.minusMonths(1);
    }

    private YearMonth oddMonthBefore() {
        YearMonth month = thisMonth.minusMonths(1);
        return month.getMonthValue() % 2 == 1 ? month : month.minusMonths(1);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String refused(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).code();
    }
}
