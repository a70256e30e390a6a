package org.jiannuo.application.yearend;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.yearend.Campaign;
import org.jiannuo.domain.model.yearend.YearEndRepository;

/** The department's year-end campaigns: one per year with its days; everyone signed in sees them. */
@Stateless
@TenantScoped
public class Campaigns {

    static final String ENTITY = "YearEndCampaign";

    @Inject
    YearEndRepository yearEnd;

    @Inject
    Authorization authorization;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    public List<CampaignView> list() {
        authorization.currentScope();
        return yearEnd.campaigns().stream().map(CampaignView::of).toList();
    }

    public CampaignView view(long id) {
        authorization.currentScope();
        return CampaignView.of(find(id));
    }

    /** Opens the year's campaign, or sets its days again when it is open already. */
    public CampaignView open(int year, LocalDate startsOn, LocalDate endsOn) {
        AccessScope scope = authorization.currentScope();
        scope.requireRole(Role.DEPARTMENT_ADMIN);
        if (year < 2000 || year > 2999) {
            throw new RuleViolation("yearEnd.yearInvalid");
        }
        Campaign existing = yearEnd.campaignOf(year).orElse(null);
        if (existing != null) {
            var before = existing.auditState();
            existing.reschedule(startsOn, endsOn);
            yearEnd.flush();
            auditTrail.record(AuditAction.UPDATE, ENTITY, existing.getId(),
                    AuditSummary.of(AuditEvent.YEAR_END_CAMPAIGN_OPENED, year), before, existing.auditState());
            return CampaignView.of(existing);
        }
        Campaign campaign = Campaign.open(year, startsOn, endsOn, scope.account().toString(), LocalDateTime.now(clock));
        yearEnd.store(campaign);
        yearEnd.flush();
        auditTrail.record(AuditAction.CREATE, ENTITY, campaign.getId(),
                AuditSummary.of(AuditEvent.YEAR_END_CAMPAIGN_OPENED, year), null, campaign.auditState());
        return CampaignView.of(campaign);
    }

    private Campaign find(long id) {
        return yearEnd.findCampaign(id).orElseThrow(() -> new EvaluationNotFoundException("campaign", id));
    }
}
