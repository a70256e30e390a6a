package org.jiannuo.application.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;

/**
 * What one account may see and change in the organization tree. Each grant of the account is a
 * role over a unit's subtree (or the whole tenant); a person holding several posts has several, and
 * their scopes add up: an action is allowed when one grant allows it. The department admin and
 * tenant-wide leaders see the whole tenant (leaders change nothing); secretaries, branch staff and
 * administrative heads see their unit's subtree; a member sees only their own record.
 */
public final class AccessScope {

    private static final Role[] UNIT_ROLES = {
        Role.COMMITTEE_SECRETARY, Role.BRANCH_SECRETARY, Role.BRANCH_STAFF, Role.ADMINISTRATIVE_HEAD};
    private static final Role[] READER_ROLES = {
        Role.COMMITTEE_SECRETARY, Role.BRANCH_SECRETARY, Role.BRANCH_STAFF, Role.ADMINISTRATIVE_HEAD, Role.LEADER};
    /** Keep the rosters: edit people, import them, review their commitments. */
    public static final Role[] PEOPLE_EDITORS = {
        Role.DEPARTMENT_ADMIN, Role.COMMITTEE_SECRETARY, Role.BRANCH_SECRETARY, Role.BRANCH_STAFF};
    /** Issue, reset, disable and enable the accounts of the people below them. */
    public static final Role[] ACCOUNT_KEEPERS = {
        Role.DEPARTMENT_ADMIN, Role.COMMITTEE_SECRETARY, Role.BRANCH_SECRETARY};

    /** A grant with its unit's tree path resolved; a null path stands for the whole tenant. */
    public record ScopedGrant(Role role, String path) {

        boolean covers(OrgUnit unit) {
            return path == null || unit.getTreePath().startsWith(path);
        }

        boolean isStrictlyAbove(OrgUnit unit) {
            return path == null || (unit.getTreePath().startsWith(path) && !unit.getTreePath().equals(path));
        }

        boolean isOneOf(Role... roles) {
            return Arrays.asList(roles).contains(role);
        }
    }

    private final AuthenticatedAccount account;
    private final List<ScopedGrant> grants;

    public AccessScope(AuthenticatedAccount account, List<ScopedGrant> grants) {
        this.account = account;
        this.grants = List.copyOf(grants);
    }

    public AuthenticatedAccount account() {
        return account;
    }

    public boolean isTenantWide() {
        return account.hasRole(Role.DEPARTMENT_ADMIN)
                || grants.stream().anyMatch(grant -> grant.role() == Role.LEADER && grant.path() == null);
    }

    /**
     * The subtrees a list of this account is limited to: empty for the whole tenant; otherwise the
     * paths of the grants that read more than one's own record (none for a plain member).
     */
    public Optional<Set<String>> subtreePaths() {
        return isTenantWide() ? Optional.empty() : Optional.of(pathsOf(READER_ROLES));
    }

    /**
     * The one subtree of views that show a single subtree (dashboards): empty for the whole tenant,
     * otherwise that of the first grant that reads more than one's own record (grants come widest first).
     */
    public Optional<String> primarySubtree() {
        return subtreePaths().map(paths -> paths.stream().findFirst().orElse(null));
    }

    /** The paths of the grants with one of these roles; for lists limited to what those roles see. */
    public Set<String> pathsOf(Role... roles) {
        Set<String> paths = new LinkedHashSet<>();
        grants.stream().filter(grant -> grant.isOneOf(roles) && grant.path() != null)
                .forEach(grant -> paths.add(grant.path()));
        return paths;
    }

    /** True when lists show only the account's own record. */
    public boolean isOwnRecordOnly() {
        return !isTenantWide() && grants.stream().noneMatch(grant -> grant.isOneOf(READER_ROLES));
    }

    public Long ownPersonId() {
        return account.personId();
    }

    /** Whether one grant with one of these roles covers the unit (the department admin covers every unit). */
    public boolean hasRoleOver(OrgUnit unit, Role... roles) {
        return grants.stream().anyMatch(grant -> grant.isOneOf(roles) && grant.covers(unit));
    }

    public boolean canRead(OrgUnit unit) {
        return isTenantWide() || grants.stream().anyMatch(grant -> grant.isOneOf(READER_ROLES) && grant.covers(unit));
    }

    public boolean canRead(Person person) {
        return isOwn(person) || canRead(person.getOrgUnit());
    }

    /** Changes something of the person's record: their own contact details, or the whole record as its keeper. */
    public boolean canEdit(Person person) {
        return isOwn(person) || keepsRecordOf(person);
    }

    /**
     * Keeps the organization's record of the person (party status, posts, categories): the roster keepers
     * over the person's unit, and the administrative head for the unit's non-party staff.
     */
    public boolean keepsRecordOf(Person person) {
        if (account.hasRole(Role.DEPARTMENT_ADMIN)) {
            return true;
        }
        OrgUnit unit = person.getOrgUnit();
        return hasRoleOver(unit, PEOPLE_EDITORS) || (person.getPartyStatus() == PartyStatus.NON_PARTY_STAFF
                && hasRoleOver(unit, Role.ADMINISTRATIVE_HEAD));
    }

    /** May add people to this unit, or move people into it. */
    public boolean canEditPeopleIn(OrgUnit unit) {
        return hasRoleOver(unit, PEOPLE_EDITORS);
    }

    /** Department admins, secretaries and branch staff keep rosters; members, leaders and heads do not. */
    public boolean keepsRosters() {
        return grants.stream().anyMatch(grant -> grant.isOneOf(PEOPLE_EDITORS));
    }

    /** Issues, resets, disables and enables the account of this person: the department, or a secretary above them. */
    public boolean keepsAccountOf(Person person) {
        return hasRoleOver(person.getOrgUnit(), ACCOUNT_KEEPERS);
    }

    /** Writes a person's commitments: the person themselves, or staff entering an oral commitment. */
    public boolean canCommitFor(Person person) {
        return isOwn(person) || hasRoleOver(person.getOrgUnit(), PEOPLE_EDITORS);
    }

    /** Writes an organization's collective commitments: its own secretary or staff, or the department. */
    public boolean canCommitFor(OrgUnit unit) {
        return account.hasRole(Role.DEPARTMENT_ADMIN) || grants.stream().anyMatch(grant -> unit.getTreePath()
                .equals(grant.path()) && grant.isOneOf(Role.COMMITTEE_SECRETARY, Role.BRANCH_SECRETARY, Role.BRANCH_STAFF));
    }

    /**
     * Reviews commitments that come to this unit: a member's come to their branch, an
     * organization's to its superior. Nobody reviews their own.
     */
    public boolean canReviewFor(OrgUnit reviewingUnit, Person owner) {
        return hasRoleOver(reviewingUnit, PEOPLE_EDITORS)
                && (owner == null || !owner.getId().equals(account.personId()));
    }

    /**
     * Keeps the unit's public board (its public phone, its printed poster): its own secretary or staff, a
     * committee secretary above it, the department.
     */
    public boolean keepsBoardOf(OrgUnit unit) {
        return canCommitFor(unit) || canManage(unit);
    }

    /** One of the account's grants covers the unit (tenant-wide grants cover every unit). */
    public boolean covers(OrgUnit unit) {
        return account.hasRole(Role.DEPARTMENT_ADMIN) || grants.stream().anyMatch(grant -> grant.covers(unit));
    }

    /** One of the account's grants is strictly above this unit, or the account is the department's. */
    public boolean isSuperiorOf(OrgUnit unit) {
        return account.hasRole(Role.DEPARTMENT_ADMIN) || grants.stream().anyMatch(grant -> grant.isStrictlyAbove(unit));
    }

    /** Whether a grant with one of these roles is strictly above the unit (the department is above every unit). */
    public boolean hasRoleAbove(OrgUnit unit, Role... roles) {
        return grants.stream().anyMatch(grant -> grant.isOneOf(roles) && grant.isStrictlyAbove(unit));
    }

    private boolean isOwn(Person person) {
        return account.personId() != null && account.personId().equals(person.getId());
    }

    /** Creates, renames, moves and dissolves units: the department admin anywhere, a committee secretary below. */
    public boolean canManage(OrgUnit unit) {
        return hasRoleOver(unit, Role.DEPARTMENT_ADMIN, Role.COMMITTEE_SECRETARY);
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

    /** The department admin or a secretary: those who keep the accounts of the people below them. */
    public AccessScope requireAccountKeeper() {
        if (!account.hasAnyRole(ACCOUNT_KEEPERS)) {
            throw new AccessDeniedException(account + " keeps no accounts");
        }
        return this;
    }
}
