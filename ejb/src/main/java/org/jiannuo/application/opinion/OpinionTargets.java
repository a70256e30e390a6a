package org.jiannuo.application.opinion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.Grading;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.opinion.OpinionRepository;
import org.jiannuo.domain.model.opinion.OpinionTarget;
import org.jiannuo.domain.model.opinion.TargetKind;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.publicity.PublicKey;
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

    @Inject
    OpinionRepository opinions;

    public OpinionTarget find(TargetKind kind, long id) {
        var target = switch (kind) {
            case UNIT -> units.find(id).map(OpinionTarget::of);
            case COMMITMENT -> commitments.find(id).map(OpinionTarget::of);
            case GRADE -> appraisal.findGrading(id).map(OpinionTarget::of);
        };
        return target.orElseThrow(OpinionTargets::notPublic);
    }

    /** What a board page names by its public key. */
    public OpinionTarget find(TargetKind kind, String publicKey) {
        Object found = PublicKey.parse(publicKey).flatMap(key -> opinions.targetByKey(kind, key))
                .orElseThrow(OpinionTargets::notPublic);
        return switch (kind) {
            case UNIT -> OpinionTarget.of((OrgUnit) found);
            case COMMITMENT -> OpinionTarget.of((Commitment) found);
            case GRADE -> OpinionTarget.of((Grading) found);
        };
    }

    private static RuleViolation notPublic() {
        return new RuleViolation("opinion.targetNotPublic");
    }
}
