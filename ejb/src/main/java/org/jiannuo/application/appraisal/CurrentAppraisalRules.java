package org.jiannuo.application.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.AppraisalRules;

/** The tenant's appraisal rules inside a tenant-bound call: the stored ones, or seed 004's defaults. */
@ApplicationScoped
public class CurrentAppraisalRules {

    @Inject
    AppraisalRepository appraisal;

    public AppraisalRules get() {
        return appraisal.rules().orElseGet(AppraisalRules::defaults);
    }
}
