package org.jiannuo.application.organization;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.InScope;
import org.jiannuo.application.people.PersonTransfers;
import org.jiannuo.application.publicity.BoardStamps;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.organization.Appointment;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The organization tree as the caller may see it, loaded one level at a time, and the changes
 * to it: create, rename, move and dissolve, each checked against the caller's scope and audited.
 */
@Stateless
@TenantScoped
public class OrganizationTree {

    public static final String ENTITY_TYPE = "OrgUnit";
    private static final int CANDIDATE_LIMIT = 20;

    @Inject
    Authorization authorization;

    @Inject
    InScope inScope;

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PersonRepository people;

    @Inject
    CommitmentRepository commitments;

    @Inject
    PersonTransfers transfers;

    @EJB
    Posts posts;

    @Inject
    BoardStamps boardStamps;

    /** The children of a unit, or with no parent the top of what the caller may see. */
    public List<UnitNode> children(Long parentId) {
        AccessScope scope = authorization.currentScope();
        List<OrgUnit> level;
        if (parentId != null) {
            level = units.children(load(parentId, scope).getId());
        } else if (scope.isTenantWide()) {
            level = units.roots();
        } else if (scope.account().scopeUnitId() != null && !scope.isOwnRecordOnly()) {
            level = List.of(load(scope.account().scopeUnitId(), scope));
        } else {
            level = List.of();
        }
        return nodes(level, scope);
    }

    public UnitNode node(long unitId) {
        AccessScope scope = authorization.currentScope();
        return nodes(List.of(load(unitId, scope)), scope).get(0);
    }

    public UnitNode create(Long parentId, OrgUnitType type, String name) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit;
        if (parentId == null) {
            scope.requireRole(Role.DEPARTMENT_ADMIN);
            unit = OrgUnit.root(type, name);
        } else {
            OrgUnit parent = load(parentId, scope);
            scope.requireManage(parent);
            unit = parent.addChild(type, name);
        }
        units.store(unit);
        auditTrail.record(AuditAction.CREATE, ENTITY_TYPE, unit.getId(),
                AuditSummary.of(AuditEvent.UNIT_CREATED, unit.getName()),
                null, unit.auditState());
        return node(unit.getId());
    }

    public UnitNode rename(long unitId, String name) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = load(unitId, scope);
        scope.requireManage(unit);
        Map<String, Object> before = unit.auditState();
        unit.rename(name);
        commitments.renameOwner(unit);
        auditTrail.record(AuditAction.UPDATE, ENTITY_TYPE, unitId,
                AuditSummary.of(AuditEvent.UNIT_RENAMED, before.get("name"), unit.getName()), before,
                unit.auditState());
        return node(unitId);
    }

    /**
     * Sets the phone the unit's board shows for opinions: its own secretary or staff, those above it, the department.
     * The board's cached pages are dropped, as they show the phone.
     */
    public UnitNode changePublicPhone(long unitId, String phone) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = load(unitId, scope);
        if (!scope.keepsBoardOf(unit)) {
            throw new AccessDeniedException(scope.account() + " may not set the public phone of unit " + unitId);
        }
        Map<String, Object> before = unit.auditState();
        unit.changePublicPhone(phone);
        boardStamps.touch();
        auditTrail.record(AuditAction.UPDATE, ENTITY_TYPE, unitId, AuditSummary.of(AuditEvent.PUBLIC_PHONE_SET, unit.getName()), before,
                unit.auditState());
        return node(unitId);
    }

    public UnitNode move(long unitId, long newParentId) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = load(unitId, scope);
        OrgUnit newParent = load(newParentId, scope);
        scope.requireManage(unit);
        scope.requireManage(newParent);
        if (unit.getParent() == null && !scope.account().hasRole(Role.DEPARTMENT_ADMIN)) {
            throw new AccessDeniedException("Only the department admin moves a top-level unit");
        }
        Map<String, Object> before = unit.auditState();
        String oldPath = unit.getTreePath();
        int oldDepth = unit.getDepth();
        unit.moveUnder(newParent);
        units.rewriteSubtree(unit, oldPath, unit.getDepth() - oldDepth);
        commitments.rewriteUnitPaths(oldPath, unit.getTreePath());
        auditTrail.record(AuditAction.UPDATE, ENTITY_TYPE, unitId,
                AuditSummary.of(AuditEvent.UNIT_MOVED, unit.getName(), newParent.getName()), before,
                unit.auditState());
        return node(unitId);
    }

    public UnitNode dissolve(long unitId) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = load(unitId, scope);
        scope.requireManage(unit);
        Map<String, Object> before = unit.auditState();
        unit.dissolve(LocalDate.now(), units.countPeopleIn(unit), units.countActiveChildren(unit));
        auditTrail.record(AuditAction.DISSOLVE, ENTITY_TYPE, unitId,
                AuditSummary.of(AuditEvent.UNIT_DISSOLVED, unit.getName()),
                before, unit.auditState());
        return node(unitId);
    }

    /**
     * Merges one branch into another: its people move with their history kept, then it is
     * dissolved, in one transaction.
     */
    public UnitNode merge(long branchId, long intoBranchId) {
        AccessScope scope = authorization.currentScope();
        OrgUnit branch = load(branchId, scope);
        OrgUnit into = load(intoBranchId, scope);
        scope.requireManage(branch);
        scope.requireManage(into);
        if (branch.getType() != OrgUnitType.BRANCH || into.getType() != OrgUnitType.BRANCH
                || branch.getId().equals(into.getId())) {
            throw new RuleViolation("unit.mergeBranchesOnly");
        }
        LocalDate today = LocalDate.now();
        List<Person> members = people.inUnit(branchId);
        members.forEach(person -> transfers.transfer(person, into, today));
        people.flush();
        Map<String, Object> before = branch.auditState();
        branch.dissolve(today, units.countPeopleIn(branch), units.countActiveChildren(branch));
        auditTrail.record(AuditAction.DISSOLVE, ENTITY_TYPE, branchId,
                AuditSummary.of(AuditEvent.BRANCH_MERGED, branch.getName(), into.getName(), members.size()),
                before, branch.auditState());
        return node(intoBranchId);
    }

    /** Active branches the caller manages, by name: targets of a transfer or a merge. */
    public List<UnitNode> branches(String nameContains) {
        AccessScope scope = authorization.currentScope();
        return nodes(units.findByName(nameContains == null ? "" : nameContains.strip(), CANDIDATE_LIMIT * 3).stream()
                .filter(unit -> unit.getType() == OrgUnitType.BRANCH)
                .filter(scope::canManage)
                .limit(CANDIDATE_LIMIT)
                .toList(), scope);
    }

    /** Units the given one could be moved under: active, allowed to hold it, outside its own subtree. */
    public List<UnitNode> moveTargets(long unitId, String nameContains) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = load(unitId, scope);
        List<OrgUnit> candidates = units.findByName(nameContains == null ? "" : nameContains.strip(), CANDIDATE_LIMIT * 3)
                .stream()
                .filter(candidate -> candidate.getType().canContain(unit.getType()))
                .filter(candidate -> !candidate.getTreePath().startsWith(unit.getTreePath()))
                .filter(candidate -> unit.getParent() == null || !candidate.getId().equals(unit.getParent().getId()))
                .filter(scope::canManage)
                .limit(CANDIDATE_LIMIT)
                .toList();
        return nodes(candidates, scope);
    }

    /**
     * Appoints a person to a post of the unit (see {@link Posts}); a department admin's post covers the whole
     * tenant, whichever unit the screen had selected.
     */
    public UnitNode appoint(long unitId, Appointment post, long personId) {
        posts.appoint(personId, post, post.isTenantWide() ? null : unitId);
        return node(unitId);
    }

    private static String nameOf(Person person) {
        return person == null ? null : person.getName();
    }

    private OrgUnit load(long unitId, AccessScope scope) {
        return inScope.unit(unitId, scope);
    }

    private List<UnitNode> nodes(List<OrgUnit> level, AccessScope scope) {
        Set<Long> parents = units.withChildren(level.stream().map(OrgUnit::getId).toList());
        Map<Long, Long> people = units.peopleInSubtrees(level);
        return level.stream()
                .map(unit -> new UnitNode(unit.getId(), unit.getName(), unit.getType(), unit.getDepth(),
                        unit.getDissolvedOn(), parents.contains(unit.getId()), people.getOrDefault(unit.getId(), 0L),
                        scope.canManage(unit), nameOf(unit.getSecretary()), nameOf(unit.getAdministrativeHead()),
                        unit.getPublicPhone(), scope.keepsBoardOf(unit)))
                .toList();
    }
}
