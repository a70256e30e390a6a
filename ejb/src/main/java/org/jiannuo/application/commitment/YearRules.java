package org.jiannuo.application.commitment;

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
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.commitment.CommitmentRules;
import org.jiannuo.domain.model.commitment.RulesSettings;

/** The rules of a year's commitments: read by everyone, set by the department admin. */
@Stateless
@TenantScoped
public class YearRules {

    static final String ENTITY_TYPE = "CommitmentRules";

    @Inject
    Authorization authorization;

    @Inject
    CommitmentRepository commitments;

    @Inject
    AuditTrail auditTrail;

    /** The year's rules; a year nobody has set yet follows the defaults. */
    public RulesSettings of(int year) {
        authorization.currentScope();
        return commitments.rules(year).orElseGet(() -> CommitmentRules.defaults(year)).settings();
    }

    public RulesSettings change(int year, RulesSettings settings) {
        authorization.currentScope().requireRole(Role.DEPARTMENT_ADMIN);
        CommitmentRules rules = commitments.rules(year).orElse(null);
        Map<String, Object> before = rules == null ? null : rules.auditState();
        if (rules == null) {
            rules = CommitmentRules.defaults(year);
            rules.change(settings);
            commitments.store(rules);
            commitments.flush();
        } else {
            rules.change(settings);
        }
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY_TYPE, rules.getId(),
                AuditSummary.of(AuditEvent.YEAR_RULES_SET, year), before, rules.auditState());
        return rules.settings();
    }
}
