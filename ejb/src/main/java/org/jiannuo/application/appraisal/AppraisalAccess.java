package org.jiannuo.application.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.Attendance;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.appraisal.RemarkKind;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

/**
 * Who does what in 一讲二评三公示 (seed 004). The unit's staff keep the meeting record (attendance,
 * narrations, the ballot's opening, paper counts and closing); the branch secretary remarks on and
 * grades members; the administrative head does so for non-party staff; the superior's secretary for
 * branches and their secretaries; only a superior approves an exemption. Leaders and members read.
 */
@ApplicationScoped
public class AppraisalAccess {

    @Inject
    AppraisalRepository appraisal;

    /** The meeting, if the caller may see its unit; otherwise as if it did not exist. */
    public Meeting readable(long meetingId, AccessScope scope) {
        Meeting meeting = appraisal.findMeeting(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        if (!scope.canRead(meeting.getUnit()) && ownLine(meeting, scope).isEmpty()) {
            throw new MeetingNotFoundException(meetingId);
        }
        return meeting;
    }

    /** The meeting, for one who reads its unit; to anyone else (an attendee from elsewhere) as if it did not exist. */
    public Meeting inReadableUnit(long meetingId, AccessScope scope) {
        Meeting meeting = readable(meetingId, scope);
        if (!scope.canRead(meeting.getUnit())) {
            throw new MeetingNotFoundException(meetingId);
        }
        return meeting;
    }

    /** The meeting, for one who keeps its record: attendance, narrations, the ballot's opening, counts and close. */
    public Meeting kept(long meetingId, AccessScope scope) {
        Meeting meeting = readable(meetingId, scope);
        requireRecorder(meeting.getUnit(), scope);
        return meeting;
    }

    /** The meeting, for one who grades the group at it. */
    public Meeting graded(long meetingId, GradingGroup group, AccessScope scope) {
        Meeting meeting = readable(meetingId, scope);
        requireGrader(meeting, group, scope);
        return meeting;
    }

    /**
     * The meeting, for a voter: refused as {@link #readable} refuses it, and then to anyone not present.
     * Reads the caller's own line of the roster only, since every ballot comes this way: a committee's
     * meeting of a thousand voters would otherwise read the thousand lines for each of the thousand ballots.
     */
    public Meeting voting(long meetingId, AccessScope scope) {
        Meeting meeting = appraisal.findMeeting(meetingId).orElseThrow(() -> new MeetingNotFoundException(meetingId));
        Optional<Attendance> own = ownLine(meeting, scope);
        if (!scope.canRead(meeting.getUnit()) && own.isEmpty()) {
            throw new MeetingNotFoundException(meetingId);
        }
        if (own.filter(Attendance::isVoter).isEmpty()) {
            throw new AccessDeniedException(scope.account() + " is not present at meeting " + meetingId);
        }
        return meeting;
    }

    /** Whether the caller is among those present, who vote. */
    public static boolean isPresent(List<Attendance> roster, AccessScope scope) {
        Long own = scope.ownPersonId();
        return own != null && roster.stream()
                .anyMatch(attendance -> attendance.isVoter() && attendance.getPerson().getId().equals(own));
    }

    private Optional<Attendance> ownLine(Meeting meeting, AccessScope scope) {
        Long own = scope.ownPersonId();
        return own == null ? Optional.empty() : appraisal.attendanceOf(meeting, own);
    }

    public boolean keepsRecordOf(OrgUnit unit, AccessScope scope) {
        return scope.hasRoleOver(unit, AccessScope.PEOPLE_EDITORS);
    }

    public void requireRecorder(OrgUnit unit, AccessScope scope) {
        if (!keepsRecordOf(unit, scope)) {
            throw new AccessDeniedException(scope.account() + " may not keep the meetings of unit " + unit.getId());
        }
    }

    public boolean grades(Meeting meeting, GradingGroup group, AccessScope scope) {
        OrgUnit unit = meeting.getUnit();
        return switch (group) {
            case MEMBERS -> isSecretaryOver(unit, scope);
            case STAFF -> scope.hasRoleOver(unit, Role.ADMINISTRATIVE_HEAD);
            case ORGANIZATIONS -> isSuperiorSecretaryOf(unit, scope);
        };
    }

    public void requireGrader(Meeting meeting, GradingGroup group, AccessScope scope) {
        if (!grades(meeting, group, scope)) {
            throw new AccessDeniedException(scope.account() + " may not grade " + group + " of meeting "
                    + meeting.getId());
        }
    }

    public void requireRemarker(Meeting meeting, RemarkKind kind, AccessScope scope) {
        if (!grades(meeting, kind.group(), scope)) {
            throw new AccessDeniedException(scope.account() + " may not remark " + kind + " at meeting "
                    + meeting.getId());
        }
    }

    public boolean approvesExemptionOf(Person person, AccessScope scope) {
        return scope.hasRoleAbove(person.getOrgUnit(), Role.COMMITTEE_SECRETARY, Role.DEPARTMENT_ADMIN);
    }

    public void requireExemptionApprover(Person person, AccessScope scope) {
        if (!approvesExemptionOf(person, scope)) {
            throw new AccessDeniedException(scope.account() + " is not a superior of person " + person.getId());
        }
    }

    private static boolean isSecretaryOver(OrgUnit unit, AccessScope scope) {
        return scope.hasRoleOver(unit, Role.BRANCH_SECRETARY, Role.COMMITTEE_SECRETARY);
    }

    /** The secretaries' meeting is the superior's own: its committee secretary, or the department at the top. */
    private static boolean isSuperiorSecretaryOf(OrgUnit unit, AccessScope scope) {
        return scope.hasRoleOver(unit, Role.DEPARTMENT_ADMIN, Role.COMMITTEE_SECRETARY);
    }
}
