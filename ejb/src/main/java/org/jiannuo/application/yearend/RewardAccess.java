package org.jiannuo.application.yearend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.yearend.MemberEvaluation;

/**
 * Who does what in the reward (奖诺, seeds 000, 001). Those who run the branch's year-end evaluation (its
 * secretary and staff, a secretary above, the department) designate model posts, order personal rectifications
 * and review their reports, never on their own line; the member reports their own rectification done; a refusal
 * to rectify and its organizational handling are the branch secretary's, a superior secretary's or the
 * department's. Whoever reads the branch reads its reward; a member reads their own.
 */
@ApplicationScoped
public class RewardAccess {

    @Inject
    YearEndAccess yearEnd;

    public boolean rewards(MemberEvaluation member, AccessScope scope) {
        return yearEnd.runs(member.getBranch().getUnit(), scope) && !isOwn(member, scope);
    }

    public void requireRewarder(MemberEvaluation member, AccessScope scope) {
        if (!rewards(member, scope)) {
            throw denied(scope, "reward", member);
        }
    }

    public boolean handles(MemberEvaluation member, AccessScope scope) {
        OrgUnit branch = member.getBranch().getUnit();
        return scope.hasRoleOver(branch, Role.BRANCH_SECRETARY, Role.COMMITTEE_SECRETARY, Role.DEPARTMENT_ADMIN)
                && !isOwn(member, scope);
    }

    public void requireHandler(MemberEvaluation member, AccessScope scope) {
        if (!handles(member, scope)) {
            throw denied(scope, "record the organizational handling of", member);
        }
    }

    public boolean isOwn(MemberEvaluation member, AccessScope scope) {
        return member.getPerson().getId().equals(scope.ownPersonId());
    }

    public void requireOwn(MemberEvaluation member, AccessScope scope) {
        if (!isOwn(member, scope)) {
            throw denied(scope, "report the rectification of", member);
        }
    }

    public boolean reads(MemberEvaluation member, AccessScope scope) {
        return isOwn(member, scope) || scope.canRead(member.getBranch().getUnit());
    }

    private static AccessDeniedException denied(AccessScope scope, String what, MemberEvaluation member) {
        return new AccessDeniedException(scope.account() + " may not " + what + " person "
                + member.getPerson().getId() + " after the year-end evaluation");
    }
}
