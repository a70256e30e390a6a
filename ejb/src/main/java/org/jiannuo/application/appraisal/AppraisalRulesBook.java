package org.jiannuo.application.appraisal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.AppraisalRules;
import org.jiannuo.domain.model.appraisal.AppraisalSettings;
import org.jiannuo.domain.model.audit.AuditAction;

/** The department's appraisal settings: read by everyone, changed by the department admin. */
@Stateless
@TenantScoped
public class AppraisalRulesBook {

    static final String ENTITY = "AppraisalRules";

    @Inject
    AppraisalRepository appraisal;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail auditTrail;

    public AppraisalSettings settings() {
        return appraisal.rules().orElseGet(AppraisalRules::defaults).settings();
    }

    /** Changes the settings; settings without a remark cadence (a client older than it) keep the current one. */
    public AppraisalSettings change(AppraisalSettings settings) {
        authorization.currentScope().requireRole(Role.DEPARTMENT_ADMIN);
        AppraisalRules rules = appraisal.rules().orElse(null);
        Map<String, Object> before = rules == null ? null : rules.auditState();
        AppraisalRules current = rules == null ? AppraisalRules.defaults() : rules;
        AppraisalSettings complete = settings.remarkCadence() == null
                ? settings.withRemarkCadence(current.settings().remarkCadence()) : settings;
        current.change(complete);
        if (rules == null) {
            rules = current;
            appraisal.store(rules);
        }
        appraisal.flush();
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, 0L,
                AuditSummary.of(AuditEvent.APPRAISAL_RULES_SET), before, rules.auditState());
        return rules.settings();
    }
}
