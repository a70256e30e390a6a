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
import org.jiannuo.domain.model.publicity.HourlyLimit;
import org.jiannuo.domain.model.publicity.PublicityRules;

/**
 * The department's publicity settings: the working days of the publicity period, its holidays and
 * adjusted working days, and the objections the public board takes in an hour. Anyone signed in reads them; the department admin changes them (audited), and
 * every open period on the board follows at once.
 */
@Stateless
@TenantScoped
public class PublicitySettings {

    static final String ENTITY = "PublicityRules";

    /**
     * The settings as the API shows them. A change that leaves out an hourly limit keeps the one in force, so
     * that clients written before the limits existed change only what they send.
     */
    public record Settings(int workingDays, String calendarDays, Integer objectionsPerAddressPerHour,
            Integer objectionsPerGradePerHour) {

        static Settings of(PublicityRules rules) {
            HourlyLimit limit = rules.objectionLimit();
            return new Settings(rules.getWorkingDays(), rules.getCalendarDays(), limit.perAddress(), limit.perTarget());
        }

        HourlyLimit objectionLimitOr(HourlyLimit inForce) {
            return new HourlyLimit(
                    objectionsPerAddressPerHour == null ? inForce.perAddress() : objectionsPerAddressPerHour,
                    objectionsPerGradePerHour == null ? inForce.perTarget() : objectionsPerGradePerHour);
        }
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
        return Settings.of(current.get());
    }

    public Settings change(Settings settings) {
        authorization.currentScope().requireRole(Role.DEPARTMENT_ADMIN);
        PublicityRules rules = current.get();
        boolean stored = entityManager.contains(rules);
        Map<String, Object> before = stored ? rules.auditState() : null;
        rules.change(settings.workingDays(), settings.calendarDays(), settings.objectionLimitOr(rules.objectionLimit()));
        if (!stored) {
            current.store(rules);
        }
        entityManager.flush();
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, 0L, AuditSummary.of(AuditEvent.PUBLICITY_RULES_SET), before,
                rules.auditState());
        stamps.touch();
        return Settings.of(rules);
    }
}
