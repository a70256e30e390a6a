package org.jiannuo.application.yearend;

import jakarta.enterprise.context.ApplicationScoped;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.yearend.MemberEvaluation;

/**
 * Who does what at the year-end evaluation (seed 001). The department opens the campaign and sets its shares;
 * the branch's secretary and staff (or a secretary above, or the department) run the branch's evaluation, its
 * ballots, and propose and publish its results; the branch secretary comments on each member, the superior's
 * secretary on the branch secretary; the superior (a committee secretary above the branch, or the department)
 * confirms or sends back. Whoever reads the branch reads its evaluation; its members read it once published.
 */
@ApplicationScoped
public class YearEndAccess {

    public boolean runs(OrgUnit branch, AccessScope scope) {
        return scope.hasRoleOver(branch, AccessScope.PEOPLE_EDITORS);
    }

    public void requireRunner(OrgUnit branch, AccessScope scope) {
        if (!runs(branch, scope)) {
            throw new AccessDeniedException(scope.account() + " may not run the year-end evaluation of unit "
                    + branch.getId());
        }
    }

    /** The branch secretary comments on a member; the superior's secretary on the branch secretary. */
    public boolean commentsOn(MemberEvaluation member, AccessScope scope) {
        OrgUnit branch = member.getBranch().getUnit();
        if (member.isBranchSecretary()) {
            return confirms(branch, scope);
        }
        return scope.hasRoleOver(branch, Role.BRANCH_SECRETARY, Role.COMMITTEE_SECRETARY)
                && !member.getPerson().getId().equals(scope.ownPersonId());
    }

    public void requireCommenter(MemberEvaluation member, AccessScope scope) {
        if (!commentsOn(member, scope)) {
            throw new AccessDeniedException(scope.account() + " may not comment on person "
                    + member.getPerson().getId() + " at the year-end evaluation");
        }
    }

    public boolean confirms(OrgUnit branch, AccessScope scope) {
        return scope.hasRoleAbove(branch, Role.COMMITTEE_SECRETARY, Role.DEPARTMENT_ADMIN);
    }

    public void requireConfirmer(OrgUnit branch, AccessScope scope) {
        if (!confirms(branch, scope)) {
            throw new AccessDeniedException(scope.account() + " is not a superior of unit " + branch.getId());
        }
    }
}
