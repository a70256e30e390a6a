package org.jiannuo.application.opinion;

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
import org.jiannuo.domain.model.opinion.OpinionRepository;
import org.jiannuo.domain.model.opinion.OpinionRules;
import org.jiannuo.domain.model.opinion.OpinionSettings;

/** The department's suggestion-box settings: read by everyone (the board shows the handling days), changed by the department admin. */
@Stateless
@TenantScoped
public class OpinionRulesBook {

    static final String ENTITY = "OpinionRules";

    @Inject
    OpinionRepository opinions;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail auditTrail;

    public OpinionSettings settings() {
        return opinions.rulesInForce().settings();
    }

    public OpinionSettings change(OpinionSettings settings) {
        authorization.currentScope().requireRole(Role.DEPARTMENT_ADMIN);
        OpinionRules rules = opinions.rules().orElse(null);
        Map<String, Object> before = rules == null ? null : auditState(rules.settings());
        if (rules == null) {
            rules = OpinionRules.defaults();
            rules.change(settings);
            opinions.store(rules);
        } else {
            rules.change(settings);
        }
        opinions.flush();
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, 0L, AuditSummary.of(AuditEvent.OPINION_RULES_SET), before,
                auditState(rules.settings()));
        return rules.settings();
    }

    private static Map<String, Object> auditState(OpinionSettings settings) {
        return Map.of("handlingDays", settings.handlingDays(), "longestText", settings.longestText(),
                "perAddressPerHour", settings.perAddressPerHour(), "perTargetPerHour", settings.perTargetPerHour());
    }
}
