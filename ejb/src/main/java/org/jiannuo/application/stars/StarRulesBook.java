package org.jiannuo.application.stars;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.stars.StarRepository;
import org.jiannuo.domain.model.stars.StarRules;
import org.jiannuo.domain.model.stars.StarSettings;

/** The department's village star rules: anyone signed in reads them, the department admin changes them (audited). */
@Stateless
@TenantScoped
public class StarRulesBook {

    static final String ENTITY = "StarRules";

    @Inject
    Authorization authorization;

    @Inject
    StarRepository stars;

    @Inject
    AuditTrail auditTrail;

    public StarSettings get() {
        authorization.currentScope();
        return stars.rules().settings();
    }

    public StarSettings change(StarSettings settings) {
        authorization.currentScope().requireRole(Role.DEPARTMENT_ADMIN);
        StarRules rules = stars.rules();
        boolean stored = rules.getId() != null;
        Map<String, Object> before = stored ? rules.auditState() : null;
        rules.change(settings);
        if (!stored) {
            stars.store(rules);
        }
        stars.flush();
        auditTrail.record(stored ? AuditAction.UPDATE : AuditAction.CREATE, ENTITY, 0L,
                AuditSummary.of(AuditEvent.STAR_RULES_SET), before, rules.auditState());
        return rules.settings();
    }
}
