package org.jiannuo.application.appraisal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.InScope;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.Attendance;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.appraisal.NarrationMode;
import org.jiannuo.domain.model.appraisal.Presence;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The meeting record (全程记实): a held meeting with its roster, who was present, who narrated how,
 * and who was exempted. The roster is the branch's people for the monthly meeting, and the
 * secretaries of the branches below (with the superior's own people) for the secretaries' meeting.
 */
@Stateless
@TenantScoped
public class Meetings {

    static final String ENTITY = "Meeting";
    private static final int LIST_LIMIT = 60;

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
    OrgUnitRepository units;

    @Inject
    PersonRepository people;

    @Inject
    MeetingViews views;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    public MeetingView hold(long unitId, MeetingKind kind, YearMonth period, LocalDate heldOn, String topic) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = units.find(unitId).orElseThrow(() -> new UnitNotFoundException(unitId));
        access.requireRecorder(unit, scope);
        if (kind == null || period == null) {
            throw new RuleViolation("meeting.kindAndPeriodRequired");
        }
        if (unit.isDissolved()) {
            throw new RuleViolation("meeting.unitDissolved", unit.getName());
        }
        List<OrgUnit> branches = activeChildren(unit);
        if (kind == MeetingKind.SECRETARIES && branches.isEmpty()) {
            throw new RuleViolation("meeting.noBranchesBelow", unit.getName());
        }
        if (appraisal.meeting(unit, kind, period).isPresent()) {
            throw new RuleViolation("meeting.alreadyHeld", unit.getName(), period.toString());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String by = scope.account().username();
        Meeting meeting = Meeting.held(unit, kind, period, heldOn, topic, by, now);
        appraisal.store(meeting);
        List<Person> roster = roster(unit, kind, branches);
        Set<Long> exempted = appraisal.exemptedIn(roster.stream().map(p -> p.getOrgUnit().getId()).distinct().toList(),
                period);
        for (Person person : roster) {
            Attendance attendance = new Attendance(meeting, person, by, now);
            if (exempted.contains(person.getId())) {
                attendance.mark(Presence.EXEMPT, true, by, now);
            }
            appraisal.store(attendance);
        }
        try {
            appraisal.flush();
        } catch (PersistenceException e) {
            throw new RuleViolation("meeting.alreadyHeld", unit.getName(), period.toString());
        }
        auditTrail.record(AuditAction.CREATE, ENTITY, meeting.getId(),
                AuditSummary.of(AuditEvent.MEETING_CREATED, unit.getName(), period),
                null, meeting.auditState());
        return views.of(meeting, scope);
    }

    public MeetingView reschedule(long meetingId, long expectedVersion, LocalDate heldOn, String topic) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = kept(meetingId, expectedVersion, scope);
        Map<String, Object> before = meeting.auditState();
        meeting.reschedule(heldOn, topic, LocalDate.now(clock));
        flush(meetingId);
        auditTrail.record(AuditAction.UPDATE, ENTITY, meetingId,
                AuditSummary.of(AuditEvent.MEETING_CORRECTED, meeting.getUnit().getName()), before,
                meeting.auditState());
        return views.of(meeting, scope);
    }

    /** Marks who took part; a person exempted by the superior can only be marked exempt. */
    public MeetingView markAttendance(long meetingId, Map<Long, Presence> presence) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.kept(meetingId, scope);
        List<Attendance> roster = appraisal.attendance(meeting);
        if (!roster.stream().map(a -> a.getPerson().getId()).toList().containsAll(presence.keySet())) {
            throw new RuleViolation("attendance.notOnRoster");
        }
        Set<Long> exempted = appraisal.exemptedIn(
                roster.stream().map(a -> a.getPerson().getOrgUnit().getId()).distinct().toList(), meeting.period());
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Presence, Integer> changed = new EnumMap<>(Presence.class);
        for (Attendance attendance : roster) {
            Presence marked = presence.get(attendance.getPerson().getId());
            if (marked != null && marked != attendance.getPresence()) {
                attendance.mark(marked, exempted.contains(attendance.getPerson().getId()),
                        scope.account().username(), now);
                changed.merge(marked, 1, Integer::sum);
            }
        }
        flush(meetingId);
        if (!changed.isEmpty()) {
            // Counts, not names: a secretaries' meeting may have a thousand people on its roster.
            Map<String, Object> counts = new LinkedHashMap<>();
            changed.forEach((marked, people) -> counts.put(marked.name(), people));
            auditTrail.record(AuditAction.UPDATE, ENTITY, meetingId,
                    AuditSummary.of(AuditEvent.ATTENDANCE_RECORDED, meeting.getUnit().getName()), null,
                    counts);
        }
        return views.of(meeting, scope);
    }

    public MeetingView narrate(long meetingId, long personId, NarrationMode mode, String narration) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.kept(meetingId, scope);
        Attendance attendance = appraisal.attendance(meeting).stream()
                .filter(a -> a.getPerson().getId() == personId).findFirst()
                .orElseThrow(() -> new RuleViolation("attendance.notOnRoster"));
        attendance.narrate(mode, narration, scope.account().username(), LocalDateTime.now(clock));
        flush(meetingId);
        auditTrail.record(AuditAction.UPDATE, ENTITY, meetingId,
                AuditSummary.of(AuditEvent.NARRATION_RECORDED, attendance.getPerson().getName()), null,
                Map.of("mode", mode, "narration", attendance.getNarration()));
        return views.of(meeting, scope);
    }

    public MeetingView meeting(long meetingId) {
        AccessScope scope = authorization.currentScope();
        return views.of(access.readable(meetingId, scope), scope);
    }

    /** A unit's meetings, the latest first. */
    public List<MeetingSummary> meetingsOf(long unitId) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = inScope.unit(unitId, scope);
        var rules = currentRules.get();
        return appraisal.meetingsOf(unit, LIST_LIMIT).stream().map(m -> MeetingSummary.of(m, rules)).toList();
    }

    private Meeting kept(long meetingId, long expectedVersion, AccessScope scope) {
        Meeting meeting = access.kept(meetingId, scope);
        if (meeting.getVersion() != expectedVersion) {
            throw new StaleEditException("Meeting " + meetingId + " changed since it was opened");
        }
        return meeting;
    }

    private List<OrgUnit> activeChildren(OrgUnit unit) {
        return units.children(unit.getId()).stream().filter(child -> !child.isDissolved()).toList();
    }

    private List<Person> roster(OrgUnit unit, MeetingKind kind, List<OrgUnit> branches) {
        List<Person> own = people.inUnit(unit.getId());
        if (kind == MeetingKind.ORGANIZATION_LIFE) {
            return own;
        }
        Set<Person> roster = new LinkedHashSet<>();
        branches.stream().map(OrgUnit::getSecretary).filter(Objects::nonNull).forEach(roster::add);
        roster.addAll(own);
        return List.copyOf(roster);
    }

    private void flush(long meetingId) {
        try {
            appraisal.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Meeting " + meetingId + " was changed by someone else meanwhile");
        }
    }
}
