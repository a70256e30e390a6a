package org.jiannuo.application.appraisal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.InScope;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.ExemptionReason;
import org.jiannuo.domain.model.appraisal.NarrationExemption;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;

/** Exemptions from narration for elderly, weak, sick or disabled members: the branch asks, the superior decides. */
@Stateless
@TenantScoped
public class Exemptions {

    static final String ENTITY = "NarrationExemption";
    private static final int LIST_LIMIT = 200;

    @Inject
    Authorization authorization;

    @Inject
    InScope inScope;

    @Inject
    AppraisalAccess access;

    @Inject
    AppraisalRepository appraisal;

    @Inject
    PersonRepository people;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    public ExemptionLine request(long personId, ExemptionReason reason, YearMonth from, YearMonth until, String note) {
        AccessScope scope = authorization.currentScope();
        Person person = inScope.person(personId, scope);
        access.requireRecorder(person.getOrgUnit(), scope);
        NarrationExemption exemption = NarrationExemption.request(person, reason, from, until, note,
                scope.account().username(), LocalDateTime.now(clock));
        appraisal.store(exemption);
        appraisal.flush();
        auditTrail.record(AuditAction.CREATE, ENTITY, exemption.getId(),
                AuditSummary.of(AuditEvent.EXEMPTION_REQUESTED, person.getName()), null,
                exemption.auditState());
        return ExemptionLine.of(exemption, access.approvesExemptionOf(person, scope));
    }

    public ExemptionLine decide(long exemptionId, long expectedVersion, boolean approve, String note) {
        AccessScope scope = authorization.currentScope();
        NarrationExemption exemption = appraisal.findExemption(exemptionId)
                .filter(found -> scope.canRead(found.getPerson()))
                .orElseThrow(() -> new AccessDeniedException(
                        "No exemption " + exemptionId + " for " + scope.account()));
        access.requireExemptionApprover(exemption.getPerson(), scope);
        if (exemption.getVersion() != expectedVersion) {
            throw new StaleEditException("Exemption " + exemptionId + " changed since it was opened");
        }
        Map<String, Object> before = exemption.auditState();
        exemption.decide(approve, note, scope.account().username(), LocalDateTime.now(clock));
        try {
            appraisal.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Exemption " + exemptionId + " was decided by someone else meanwhile");
        }
        auditTrail.record(AuditAction.UPDATE, ENTITY, exemptionId,
                AuditSummary.of(approve ? AuditEvent.EXEMPTION_APPROVED : AuditEvent.EXEMPTION_REFUSED,
                        exemption.getPerson().getName()), before,
                exemption.auditState());
        return ExemptionLine.of(exemption, false);
    }

    /** The requests in the caller's subtree, undecided first. */
    public List<ExemptionLine> list() {
        AccessScope scope = authorization.currentScope();
        if (scope.isOwnRecordOnly()) {
            throw new AccessDeniedException(scope.account() + " keeps no exemptions");
        }
        return appraisal.exemptionsUnder(scope.primarySubtree().orElse("/"), LIST_LIMIT).stream()
                .map(exemption -> ExemptionLine.of(exemption, access.approvesExemptionOf(exemption.getPerson(), scope)))
                .toList();
    }
}
