package org.jiannuo.application.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.Attendance;
import org.jiannuo.domain.model.appraisal.BallotState;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.appraisal.Remark;
import org.jiannuo.domain.model.appraisal.RemarkKind;
import org.jiannuo.domain.model.appraisal.Subject;
import org.jiannuo.application.ballot.BallotEngine;
import org.jiannuo.domain.model.ballot.BallotRepository;
import org.jiannuo.domain.model.ballot.Occasion;
import org.jiannuo.domain.model.ballot.OccasionOwner;
import org.jiannuo.domain.model.shared.RuleViolation;

/** Assembles a {@link MeetingView} for the caller. */
@ApplicationScoped
public class MeetingViews {

    @Inject
    AppraisalRepository appraisal;

    @Inject
    CurrentAppraisalRules currentRules;

    @Inject
    AppraisalAccess access;

    @Inject
    MeetingSubjects subjects;

    @Inject
    BallotEngine engine;

    @Inject
    BallotRepository ballots;

    public MeetingView of(Meeting meeting, AccessScope scope) {
        List<Attendance> roster = appraisal.attendance(meeting);
        int present = (int) roster.stream().filter(Attendance::isVoter).count();
        boolean attends = AppraisalAccess.isPresent(roster, scope);
        boolean opened = meeting.getBallotState() != BallotState.NOT_OPENED;
        boolean hasVoted = attends && opened && engine.hasVoted(occasion(meeting), scope.ownPersonId());
        boolean votes = attends && !hasVoted && meeting.isOpenForVoting();
        List<GradingGroup> grades = Arrays.stream(GradingGroup.values())
                .filter(group -> access.grades(meeting, group, scope)).toList();
        boolean keepsRecord = access.keepsRecordOf(meeting.getUnit(), scope);
        MeetingPermissions permissions = new MeetingPermissions(keepsRecord, grades, votes, hasVoted,
                keepsRecord && meeting.isTakingPaperCounts(),
                !meeting.isPublished() && grades.contains(meeting.getKind().publishingGroup()),
                scope.canRead(meeting.getUnit()));
        List<GradingGroup> confirmed = Arrays.stream(GradingGroup.values()).filter(meeting::isConfirmed).toList();
        return new MeetingView(MeetingSummary.of(meeting, currentRules.get()), meeting.getVersion(),
                meeting.getTopic(), meeting.getBallotMode(), meeting.isOpenForVoting(), present,
                opened ? engine.ballotsCast(occasion(meeting)) : 0,
                meeting.getPaperBallots(), confirmed, roster.stream().map(AttendanceLine::of).toList(),
                remarks(meeting, roster, scope), permissions);
    }

    /** The occasion of the meeting's ballot, once it has opened. */
    public Occasion occasion(Meeting meeting) {
        return ballots.occasionOf(OccasionOwner.MEETING, meeting.getId())
                .orElseThrow(() -> new RuleViolation("ballot.notOpen"));
    }

    /** The ballots of many meetings, read together: meeting id → its occasion. */
    public Map<Long, Occasion> occasions(Collection<Meeting> meetings) {
        Map<Long, Occasion> occasions = ballots.occasionsOf(OccasionOwner.MEETING,
                meetings.stream().map(Meeting::getId).toList());
        if (occasions.size() < meetings.size()) {
            throw new RuleViolation("ballot.notOpen");
        }
        return occasions;
    }

    /** A remark the meeting calls for: on whom, by which kind of leader. */
    public record CalledRemark(RemarkKind kind, Subject subject) {
    }

    /**
     * Every remark the meeting calls for: each subject, and at the secretaries' meeting each secretary too; none
     * in a month the tenant's remark cadence skips.
     */
    public List<CalledRemark> calledRemarks(Meeting meeting, List<Attendance> roster) {
        List<CalledRemark> called = new ArrayList<>();
        if (!currentRules.get().callsForRemarksIn(meeting.period())) {
            return called;
        }
        for (Subject subject : subjects.of(meeting, roster)) {
            if (subject.group() == GradingGroup.ORGANIZATIONS) {
                called.add(new CalledRemark(RemarkKind.ON_ORGANIZATION, subject));
                if (subject.unit().getSecretary() != null) {
                    called.add(new CalledRemark(RemarkKind.ON_SECRETARY, Subject.of(subject.unit().getSecretary())));
                }
            } else {
                called.add(new CalledRemark(
                        subject.group() == GradingGroup.MEMBERS ? RemarkKind.ON_MEMBER : RemarkKind.ON_STAFF, subject));
            }
        }
        return called;
    }

    private List<RemarkLine> remarks(Meeting meeting, List<Attendance> roster, AccessScope scope) {
        Map<String, Remark> written = appraisal.remarks(meeting).stream()
                .collect(Collectors.toMap(r -> r.getKind() + r.getSubjectKey(), Function.identity()));
        return calledRemarks(meeting, roster).stream()
                .map(called -> line(meeting, called.kind(), called.subject(), written, scope)).toList();
    }

    private RemarkLine line(Meeting meeting, RemarkKind kind, Subject subject, Map<String, Remark> written,
            AccessScope scope) {
        Remark remark = written.get(kind + subject.key());
        boolean mayWrite = !meeting.isPublished() && access.grades(meeting, kind.group(), scope);
        return remark == null
                ? new RemarkLine(kind, subject.key(), subject.name(), null, null, null, null, 0, mayWrite)
                : new RemarkLine(kind, subject.key(), subject.name(), remark.getProgress(), remark.getShortcomings(),
                        remark.getDirection(), remark.getRemarkedBy(), remark.getVersion(), mayWrite);
    }
}
