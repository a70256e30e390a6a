package org.jiannuo.application.publicity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.publicity.PublicityRules;

/**
 * The department's publicity settings: the working days of the publicity period and its holidays and
 * adjusted working days. Anyone signed in reads them; the department admin changes them (audited), and
 * every open period on the board follows at once.
 */
@Stateless
@TenantScoped
public class PublicitySettings {

    static final String ENTITY = "PublicityRules";

    /** The settings as the API shows them. */
    public record Settings(int workingDays, String calendarDays) {
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CurrentPublicityRules current;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail auditTrail;

    @Inject
    BoardStamps stamps;

    public Settings get() {
        authorization.currentScope();
        PublicityRules rules = current.get();
        return new Settings(rules.getWorkingDays(), rules.getCalendarDays());
    }

    public Settings change(Settings settings) {
        authorization.currentScope().requireRole(Role.DEPARTMENT_ADMIN);
        PublicityRules rules = current.get();
        boolean stored = entityManager.contains(rules);
        Map<String, Object> before = stored ? rules.auditState() : null;
        rules.change(settings.workingDays(), settings.calendarDays());
        if (!stored) {
            current.store(rules);
        }
        entityManager.flush();
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, 0L, AuditSummary.of(AuditEvent.PUBLICITY_RULES_SET), before,
                rules.auditState());
        stamps.touch();
        return new Settings(rules.getWorkingDays(), rules.getCalendarDays());
    }
}
