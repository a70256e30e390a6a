package org.jiannuo.application.stars;

import jakarta.enterprise.context.ApplicationScoped;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

/**
 * Who does what in village star management. A member writes their own target, claims, and log book; the village's
 * branch secretary and staff keep its book (households, liaisons, entries for members who cannot write), as do the
 * township's committee secretary over their subtree and the department everywhere; whoever reads the unit (leaders
 * too) reads it, phones of households aside. A target is signed by a keeper other than its member. Townships (a
 * committee secretary over their subtree) and the department define posts. A village's own branch secretary and
 * staff (and the department) hold its quarterly bulletin meeting and its half-year pre-assessment; the township's
 * committee secretary above it (and the department) reviews the pre-assessment.
 */
@ApplicationScoped
public class StarAccess {

    public boolean keeps(OrgUnit village, AccessScope scope) {
        return scope.hasRoleOver(village, AccessScope.PEOPLE_EDITORS);
    }

    public void requireKeeper(OrgUnit village, AccessScope scope) {
        if (!keeps(village, scope)) {
            throw new AccessDeniedException(scope.account() + " does not keep the star book of unit " + village.getId());
        }
    }

    public void requireReader(OrgUnit village, AccessScope scope) {
        if (!scope.canRead(village)) {
            throw new AccessDeniedException(scope.account() + " may not read the star book of unit " + village.getId());
        }
    }

    /** The member themselves, or a keeper writing for them (an elderly member's log book, an oral target). */
    public void requireWriterFor(Person member, AccessScope scope) {
        if (!scope.canCommitFor(member)) {
            throw new AccessDeniedException(scope.account() + " may not write the star book of " + member.getId());
        }
    }

    public void requireReaderOf(Person member, AccessScope scope) {
        scope.requireRead(member);
    }

    /** Signs the responsibility letter with the member: a keeper of the village who is not the member. */
    public void requireSigner(Person member, AccessScope scope) {
        if (!scope.canReviewFor(member.getOrgUnit(), member)) {
            throw new AccessDeniedException(scope.account() + " may not sign the star target of " + member.getId());
        }
    }

    /** Defines posts for a township's villages (its committee secretary, the department) or, with no unit, for all. */
    public void requirePostDefiner(OrgUnit township, AccessScope scope) {
        boolean allowed = township == null ? scope.account().hasRole(Role.DEPARTMENT_ADMIN) : scope.canManage(township);
        if (!allowed) {
            throw new AccessDeniedException(scope.account() + " may not define posts here");
        }
    }

    /** The village's own branch secretary or staff, or the department: drafts its bulletins, pre-rates its members. */
    public boolean isBranchSecretaryOf(OrgUnit village, AccessScope scope) {
        return scope.canCommitFor(village);
    }

    public void requireBranchSecretary(OrgUnit village, AccessScope scope) {
        if (!isBranchSecretaryOf(village, scope)) {
            throw new AccessDeniedException(scope.account() + " is not the branch secretary of unit "
                    + village.getId());
        }
    }

    /** A committee secretary above the village (its township), or the department: reviews its pre-assessment. */
    public boolean reviewsFor(OrgUnit village, AccessScope scope) {
        return scope.account().hasRole(Role.DEPARTMENT_ADMIN) || scope.hasRoleAbove(village, Role.COMMITTEE_SECRETARY);
    }

    public void requireTownshipReviewer(OrgUnit village, AccessScope scope) {
        if (!reviewsFor(village, scope)) {
            throw new AccessDeniedException(scope.account() + " does not review the pre-assessment of unit "
                    + village.getId());
        }
    }
}
