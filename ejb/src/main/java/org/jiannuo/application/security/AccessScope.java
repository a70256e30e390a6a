package org.jiannuo.application.security;

import java.util.Optional;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;

/**
 * What one account may see and change in the organization tree. The department admin and
 * leaders see the whole tenant; secretaries, branch staff and administrative heads see their
 * unit's subtree; a member sees only their own record. Leaders never change anything.
 */
public final class AccessScope {

    private static final Role[] UNIT_ROLES = {
        Role.COMMITTEE_SECRETARY, Role.BRANCH_SECRETARY, Role.BRANCH_STAFF, Role.ADMINISTRATIVE_HEAD};
    /** Keep the rosters: edit people, import them, review their commitments. */
    public static final Role[] PEOPLE_EDITORS = {
        Role.DEPARTMENT_ADMIN, Role.COMMITTEE_SECRETARY, Role.BRANCH_SECRETARY, Role.BRANCH_STAFF};

    private final AuthenticatedAccount account;
    private final String unitPath;

    /**
     * @param unitPath tree path of the account's unit, or null when the account has none
     */
    public AccessScope(AuthenticatedAccount account, String unitPath) {
        this.account = account;
        this.unitPath = unitPath;
    }

    public AuthenticatedAccount account() {
        return account;
    }

    public boolean isTenantWide() {
        return account.hasRole(Role.DEPARTMENT_ADMIN) || (account.hasRole(Role.LEADER) && unitPath == null);
    }

    /** The subtree a list of this account is limited to: empty for the whole tenant. */
    public Optional<String> subtreePath() {
        if (isTenantWide() || unitPath == null) {
            return Optional.empty();
        }
        return Optional.of(unitPath);
    }

    /** True when lists show only the account's own record. */
    public boolean isOwnRecordOnly() {
        return !isTenantWide() && !(unitPath != null && account.hasAnyRole(UNIT_ROLES))
                && !(unitPath != null && account.hasRole(Role.LEADER));
    }

    public Long ownPersonId() {
        return account.personId();
    }

    public boolean canRead(OrgUnit unit) {
        return isTenantWide() || (unitPath != null && !isOwnRecordOnly() && unit.getTreePath().startsWith(unitPath));
    }

    public boolean canRead(Person person) {
        return isOwn(person) || canRead(person.getOrgUnit());
    }

    public boolean canEdit(Person person) {
        if (account.hasRole(Role.DEPARTMENT_ADMIN) || isOwn(person)) {
            return true;
        }
        boolean inSubtree = unitPath != null && person.getOrgUnit().getTreePath().startsWith(unitPath);
        return inSubtree && (account.hasAnyRole(PEOPLE_EDITORS)
                || (account.hasRole(Role.ADMINISTRATIVE_HEAD) && person.getPartyStatus() == PartyStatus.NON_PARTY_STAFF));
    }

    /** May add people to this unit, or move people into it. */
    public boolean canEditPeopleIn(OrgUnit unit) {
        return account.hasRole(Role.DEPARTMENT_ADMIN) || (unitPath != null && account.hasAnyRole(PEOPLE_EDITORS)
                && unit.getTreePath().startsWith(unitPath));
    }

    /** Department admins, secretaries and branch staff keep rosters; members, leaders and heads do not. */
    public boolean keepsRosters() {
        return account.hasAnyRole(PEOPLE_EDITORS) && (isTenantWide() || unitPath != null);
    }

    /** Writes a person's commitments: the person themselves, or staff entering an oral commitment. */
    public boolean canCommitFor(Person person) {
        return canEdit(person) && !account.hasRole(Role.ADMINISTRATIVE_HEAD);
    }

    /** Writes an organization's collective commitments: its own secretary or staff, or the department. */
    public boolean canCommitFor(OrgUnit unit) {
        return account.hasRole(Role.DEPARTMENT_ADMIN) || (unit.getTreePath().equals(unitPath)
                && account.hasAnyRole(Role.COMMITTEE_SECRETARY, Role.BRANCH_SECRETARY, Role.BRANCH_STAFF));
    }

    /**
     * Reviews commitments that come to this unit: a member's come to their branch, an
     * organization's to its superior. Nobody reviews their own.
     */
    public boolean canReviewFor(OrgUnit reviewingUnit, Person owner) {
        boolean reviewer = account.hasRole(Role.DEPARTMENT_ADMIN) || (unitPath != null
                && account.hasAnyRole(PEOPLE_EDITORS) && reviewingUnit.getTreePath().startsWith(unitPath));
        return reviewer && (owner == null || !owner.getId().equals(account.personId()));
    }

    /** The unit is the account's own or lies below it; the department admin covers every unit. */
    public boolean covers(OrgUnit unit) {
        return account.hasRole(Role.DEPARTMENT_ADMIN)
                || (unitPath != null && unit.getTreePath().startsWith(unitPath));
    }

    /** The account's unit is a superior of this one (strictly above it), or the account is the department's. */
    public boolean isSuperiorOf(OrgUnit unit) {
        return account.hasRole(Role.DEPARTMENT_ADMIN) || (unitPath != null
                && unit.getTreePath().startsWith(unitPath) && !unit.getTreePath().equals(unitPath));
    }

    private boolean isOwn(Person person) {
        return account.personId() != null && account.personId().equals(person.getId())
                && !account.hasRole(Role.LEADER);
    }

    /** Creates, renames, moves and dissolves units: the department admin anywhere, a committee secretary below. */
    public boolean canManage(OrgUnit unit) {
        return account.hasRole(Role.DEPARTMENT_ADMIN)
                || (account.hasRole(Role.COMMITTEE_SECRETARY) && unitPath != null
                        && unit.getTreePath().startsWith(unitPath));
    }

    public void requireManage(OrgUnit unit) {
        if (!canManage(unit)) {
            throw new AccessDeniedException(account + " may not change unit " + unit.getId());
        }
    }

    public void requireRead(Person person) {
        if (!canRead(person)) {
            throw new AccessDeniedException(account + " may not see person " + person.getId());
        }
    }

    public void requireEdit(Person person) {
        if (!canEdit(person)) {
            throw new AccessDeniedException(account + " may not change person " + person.getId());
        }
    }

    public void requireRole(Role role) {
        if (!account.hasRole(role)) {
            throw new AccessDeniedException(account + " lacks role " + role);
        }
    }
}
