package org.jiannuo.application.importing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.TableStatistics;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.importing.ImportChange.Action;
import org.jiannuo.application.importing.ImportProgress.Phase;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonTransfers;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.spreadsheet.Table;
import org.jiannuo.application.spreadsheet.TableFiles;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * Bulk import of units and people from CSV or XLSX. A preview checks every row and changes
 * nothing; applying checks again inside its own transaction and then writes every row or,
 * at the first problem, none. Importing the same file twice changes nothing the second time.
 */
@Stateless
@TenantScoped
public class RosterImport {

    static final String ENTITY_TYPE = "Import";
    private static final int PROBLEMS_SHOWN = 1000;
    private static final int CHANGES_SHOWN = 200;

    @Inject
    Authorization authorization;

    @Inject
    OrgUnitRepository units;

    @Inject
    PersonRepository people;

    @Inject
    PersonTransfers transfers;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ImportLimits limits;

    @Inject
    TableFiles tableFiles;

    @Inject
    TableStatistics statistics;

    @Inject
    CommitmentRepository commitments;

    /**
     * Refuses a caller who may not import this kind before the file is received.
     *
     * @throws AccessDeniedException when the caller may not
     */
    public void checkImporter(ImportKind kind) {
        requireImporter(kind);
    }

    /** @param file where the upload was spooled, by {@link org.jiannuo.infrastructure.io.UploadSpool} */
    public ImportPreview preview(ImportKind kind, String fileName, Path file) {
        AccessScope scope = requireImporter(kind);
        Table table;
        try {
            table = tableFiles.read(fileName, file, limits.readLimits());
        } catch (RuleViolation unreadable) {
            return unreadable(kind, unreadable);
        }
        return kind == ImportKind.UNITS
                ? preview(table, checkUnits(table, scope))
                : preview(table, checkPeople(table, scope));
    }

    /**
     * @throws ImportRefusedException when any row has a problem; nothing is then imported
     */
    public ImportResult apply(ImportKind kind, String fileName, Path file, ImportProgress progress) {
        AccessScope scope = requireImporter(kind);
        progress.start(Phase.CHECKING, 0);
        Table table;
        try {
            table = tableFiles.read(fileName, file, limits.readLimits());
        } catch (RuleViolation unreadable) {
            throw new ImportRefusedException(unreadable(kind, unreadable));
        }
        ImportResult result = kind == ImportKind.UNITS
                ? applyUnits(table, scope, progress)
                : applyPeople(table, scope, progress);
        auditTrail.record(AuditAction.IMPORT, ENTITY_TYPE, 0,
                AuditSummary.of(AuditEvent.ROSTER_IMPORTED, kind, fileName, result.created(), result.changed(),
                        result.unchanged()),
                null, Map.of("file", String.valueOf(fileName), "rows", table.rows().size(),
                "created", result.created(), "changed", result.changed(), "unchanged", result.unchanged()));
        // A county's first import would otherwise leave its every later query planned for empty tables.
        statistics.refresh("org_unit", "person", "person_name_character", "membership");
        return result;
    }

    private UnitImportPlan checkUnits(Table table, AccessScope scope) {
        return UnitImportPlan.check(table, new UnitPaths(units.all()), scope);
    }

    private PeopleImportPlan checkPeople(Table table, AccessScope scope) {
        return PeopleImportPlan.check(table, new UnitPaths(units.all()), scope, people);
    }

    private ImportResult applyUnits(Table table, AccessScope scope, ImportProgress progress) {
        UnitPaths paths = new UnitPaths(units.all());
        UnitImportPlan plan = UnitImportPlan.check(table, paths, scope);
        if (!plan.problems().isEmpty()) {
            throw new ImportRefusedException(preview(table, plan));
        }
        List<UnitLine> lines = plan.lines();
        progress.start(Phase.WRITING, lines.size());
        Map<String, OrgUnit> created = new HashMap<>();
        for (UnitLine line : lines) {
            if (line.action() == Action.CREATE) {
                String parentPath = UnitPaths.parentOf(line.path());
                OrgUnit parent = parentPath == null ? null
                        : created.containsKey(parentPath) ? created.get(parentPath) : paths.find(parentPath).orElseThrow();
                String name = UnitPaths.nameOf(line.path());
                OrgUnit unit = parent == null ? OrgUnit.root(line.type(), name) : parent.addChild(line.type(), name);
                units.store(unit);
                created.put(line.path(), unit);
                auditTrail.record(AuditAction.IMPORT, OrganizationTree.ENTITY_TYPE, unit.getId(),
                        AuditSummary.of(AuditEvent.UNIT_IMPORTED, line.path()), null, unit.auditState());
            }
            progress.advance(1);
        }
        return result(ImportKind.UNITS, lines.stream().map(UnitLine::action).toList());
    }

    private ImportResult applyPeople(Table table, AccessScope scope, ImportProgress progress) {
        PeopleImportPlan plan = checkPeople(table, scope);
        if (!plan.problems().isEmpty()) {
            throw new ImportRefusedException(preview(table, plan));
        }
        List<PersonLine> lines = plan.lines();
        progress.start(Phase.WRITING, lines.size());
        LocalDate today = LocalDate.now();
        for (int from = 0; from < lines.size(); from += PeopleImportPlan.CHUNK) {
            List<PersonLine> chunk = lines.subList(from, Math.min(lines.size(), from + PeopleImportPlan.CHUNK));
            Map<String, Person> stored = people.findByIdCards(chunk.stream()
                    .filter(line -> line.action() == Action.UPDATE).map(line -> line.idCard().value()).toList());
            Map<Long, OrgUnit> branches = new HashMap<>();
            for (PersonLine line : chunk) {
                if (line.action() != Action.UNCHANGED) {
                    OrgUnit branch = branches.computeIfAbsent(line.branchId(), id -> units.find(id).orElseThrow());
                    write(line, branch, stored.get(line.idCard().value()), today);
                }
            }
            people.flushAndClear();
            progress.advance(chunk.size());
        }
        return result(ImportKind.PEOPLE, lines.stream().map(PersonLine::action).toList());
    }

    private void write(PersonLine line, OrgUnit branch, Person stored, LocalDate today) {
        if (stored == null) {
            Person person = new Person(branch, line.profile().name(), line.idCard(), line.partyStatus());
            person.revise(line.profile());
            people.store(person);
            auditTrail.record(AuditAction.IMPORT, PeopleDirectory.ENTITY_TYPE, person.getId(),
                    AuditSummary.of(AuditEvent.PERSON_IMPORTED, person.getName()), null, person.auditState());
            return;
        }
        if (!stored.getOrgUnit().getId().equals(branch.getId())) {
            transfers.transfer(stored, branch, today);
        }
        Map<String, Object> before = stored.auditState();
        String name = stored.getName();
        stored.revise(line.profile());
        if (!stored.getName().equals(name)) {
            commitments.renameOwner(stored);
        }
        auditTrail.record(AuditAction.IMPORT, PeopleDirectory.ENTITY_TYPE, stored.getId(),
                AuditSummary.of(AuditEvent.PERSON_IMPORT_UPDATED, stored.getName(),
                        String.join(", ", line.changedFields())),
                before, stored.auditState());
    }

    private static ImportResult result(ImportKind kind, List<Action> actions) {
        return new ImportResult(kind, count(actions, Action.CREATE), count(actions, Action.UPDATE),
                count(actions, Action.UNCHANGED));
    }

    private static int count(List<Action> actions, Action action) {
        return (int) actions.stream().filter(action::equals).count();
    }

    private static ImportPreview preview(Table table, UnitImportPlan plan) {
        return preview(ImportKind.UNITS, table, plan.problems(), plan.lines().stream().map(UnitLine::change).toList());
    }

    private static ImportPreview preview(Table table, PeopleImportPlan plan) {
        return preview(ImportKind.PEOPLE, table, plan.problems(),
                plan.lines().stream().map(PersonLine::change).toList());
    }

    private static ImportPreview preview(ImportKind kind, Table table, List<ImportProblem> problems,
            List<ImportChange> changes) {
        List<Action> actions = changes.stream().map(ImportChange::action).toList();
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(ImportProblem::line));
        return new ImportPreview(kind, table.encoding(), table.rows().size(), count(actions, Action.CREATE),
                count(actions, Action.UPDATE), count(actions, Action.UNCHANGED),
                sorted.subList(0, Math.min(PROBLEMS_SHOWN, sorted.size())), problems.size(),
                changes.stream().filter(change -> change.action() != Action.UNCHANGED).limit(CHANGES_SHOWN).toList());
    }

    private static ImportPreview unreadable(ImportKind kind, RuleViolation unreadable) {
        return new ImportPreview(kind, null, 0, 0, 0, 0,
                List.of(ImportProblem.of(0, null, unreadable)), 1, List.of());
    }

    private AccessScope requireImporter(ImportKind kind) {
        AccessScope scope = authorization.currentScope();
        boolean allowed = kind == ImportKind.UNITS
                ? scope.account().hasAnyRole(Role.DEPARTMENT_ADMIN, Role.COMMITTEE_SECRETARY)
                : scope.keepsRosters();
        if (!allowed) {
            throw new AccessDeniedException(scope.account() + " may not import " + kind);
        }
        return scope;
    }
}
