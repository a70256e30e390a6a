package org.jiannuo.application.appraisal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.appraisal.Remark;
import org.jiannuo.domain.model.appraisal.RemarkKind;
import org.jiannuo.domain.model.appraisal.Subject;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.shared.RuleViolation;

/** Leaders' remarks (点评) at a meeting, one per subject and kind; rewriting one keeps the earlier in the audit trail. */
@Stateless
@TenantScoped
public class Remarks {

    static final String ENTITY = "Remark";

    @Inject
    Authorization authorization;

    @Inject
    AppraisalAccess access;

    @Inject
    AppraisalRepository appraisal;

    @Inject
    MeetingViews views;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    /**
     * Writes the remark on a subject the meeting calls for. {@code expectedVersion} is the version the
     * writer saw (0 for a new remark): two leaders writing at once do not overwrite each other.
     */
    public MeetingView write(long meetingId, RemarkKind kind, String subjectKey, long expectedVersion,
            String progress, String shortcomings, String direction) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.readable(meetingId, scope);
        if (kind == null) {
            throw new RuleViolation("remark.kindRequired");
        }
        access.requireRemarker(meeting, kind, scope);
        Subject subject = views.calledRemarks(meeting, appraisal.attendance(meeting)).stream()
                .filter(called -> called.kind() == kind && called.subject().key().equals(subjectKey))
                .map(MeetingViews.CalledRemark::subject).findFirst()
                .orElseThrow(() -> new RuleViolation("remark.notASubject", subjectKey));
        Optional<Remark> existing = appraisal.remark(meeting, kind, subjectKey);
        if (existing.map(Remark::getVersion).orElse(0L) != expectedVersion) {
            throw new StaleEditException("The remark on " + subjectKey + " changed since it was opened");
        }
        Map<String, Object> before = existing.map(Remark::auditState).orElse(null);
        Remark remark = existing.orElseGet(() -> new Remark(meeting, kind, subject));
        remark.write(progress, shortcomings, direction, scope.account().username(), LocalDateTime.now(clock));
        if (existing.isEmpty()) {
            appraisal.store(remark);
        }
        try {
            appraisal.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("The remark on " + subjectKey + " was changed by someone else meanwhile");
        } catch (PersistenceException e) {
            throw new StaleEditException("The remark on " + subjectKey + " was written by someone else meanwhile");
        }
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, remark.getId(),
                AuditSummary.of(AuditEvent.REMARK_RECORDED, subject.name()), before, remark.auditState());
        return views.of(meeting, scope);
    }
}
