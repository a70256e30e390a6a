package org.jiannuo.application.opinion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.opinion.OpinionTarget;
import org.jiannuo.domain.model.opinion.TargetKind;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * Finds what an opinion is about in the current tenant. Something that does not exist and something that is
 * not public are refused alike, so that the box tells nobody what exists behind the board.
 */
@ApplicationScoped
public class OpinionTargets {

    @Inject
    OrgUnitRepository units;

    @Inject
    CommitmentRepository commitments;

    @Inject
    AppraisalRepository appraisal;

    public OpinionTarget find(TargetKind kind, long id) {
        var target = switch (kind) {
            case UNIT -> units.find(id).map(OpinionTarget::of);
            case COMMITMENT -> commitments.find(id).map(OpinionTarget::of);
            case GRADE -> appraisal.findGrading(id).map(OpinionTarget::of);
        };
        return target.orElseThrow(() -> new RuleViolation("opinion.targetNotPublic"));
    }
}
