package org.jiannuo.domain.model.opinion;

import org.jiannuo.domain.model.appraisal.Grading;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * What an opinion is about, and the unit that answers for it: a unit answers for itself; a commitment's
 * reviewing unit answers for it (the branch for a member's, the superior for an organization's own); the
 * unit that held the grading meeting answers for a grade (the branch for its members, the superior for a
 * branch's own grade). Only what the public can see takes opinions: an active unit, a published commitment,
 * a grade of a published meeting.
 *
 * @param label the target as the handler and the writer see it, kept as it was when the opinion came in
 */
public record OpinionTarget(TargetKind kind, OrgUnit unit, Commitment commitment, Grading grading, OrgUnit handler,
        String label) {

    public static OpinionTarget of(OrgUnit unit) {
        if (unit.isDissolved()) {
            throw new RuleViolation("opinion.targetNotPublic");
        }
        return new OpinionTarget(TargetKind.UNIT, unit, null, null, unit, unit.getName());
    }

    public static OpinionTarget of(Commitment commitment) {
        if (commitment.getPublishedOn() == null || !commitment.getStatus().isApproved()) {
            throw new RuleViolation("opinion.targetNotPublic");
        }
        return new OpinionTarget(TargetKind.COMMITMENT, null, commitment, null, commitment.getReviewingUnit(),
                commitment.ownerName() + "：" + commitment.getContent());
    }

    public static OpinionTarget of(Grading grading) {
        if (!grading.getMeeting().isPublished() || grading.getGrade() == null) {
            throw new RuleViolation("opinion.targetNotPublic");
        }
        return new OpinionTarget(TargetKind.GRADE, null, null, grading, grading.getMeeting().getUnit(),
                grading.getSubjectName() + " " + grading.getPeriod() + " " + grading.getGrade().symbol());
    }
}
