package org.jiannuo.application.yearend;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.yearend.YearEndRepository;
import org.jiannuo.domain.model.yearend.YearEndRules;

/** The department's year-end settings: read by everyone signed in, changed by the department admin (audited). */
@Stateless
@TenantScoped
public class YearEndSettings {

    static final String ENTITY = "YearEndRules";

    /** The settings as the API shows them: the mass participants' and the excellent share, in percent. */
    public record Settings(int massPercent, int excellentPercent) {
    }

    @Inject
    YearEndRepository yearEnd;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail auditTrail;

    public Settings get() {
        authorization.currentScope();
        return of(current());
    }

    public Settings change(Settings settings) {
        authorization.currentScope().requireRole(Role.DEPARTMENT_ADMIN);
        YearEndRules rules = yearEnd.rules().orElse(null);
        boolean stored = rules != null;
        YearEndRules changed = stored ? rules : YearEndRules.defaults();
        var before = stored ? changed.auditState() : null;
        changed.change(settings.massPercent(), settings.excellentPercent());
        if (!stored) {
            yearEnd.store(changed);
        }
        yearEnd.flush();
        auditTrail.record(stored ? AuditAction.UPDATE : AuditAction.CREATE, ENTITY, 0L,
                AuditSummary.of(AuditEvent.YEAR_END_RULES_SET), before, changed.auditState());
        return of(changed);
    }

    private YearEndRules current() {
        return yearEnd.rules().orElseGet(YearEndRules::defaults);
    }

    private static Settings of(YearEndRules rules) {
        return new Settings(rules.getMassPercent(), rules.getExcellentPercent());
    }
}
