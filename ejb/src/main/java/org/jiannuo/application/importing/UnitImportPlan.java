package org.jiannuo.application.importing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiannuo.application.importing.ImportChange.Action;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.spreadsheet.Table;
import org.jiannuo.application.spreadsheet.TableRow;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * Checks a units file: each path names a unit whose parent exists already or comes in the
 * same file. A unit already in the tree with the same type is left as it is, so the same file
 * imports twice without change. Lines come out parents first.
 */
final class UnitImportPlan {

    private final List<UnitLine> lines = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, OrgUnitType> accepted = new HashMap<>();

    private UnitImportPlan() {
    }

    static UnitImportPlan check(Table table, UnitPaths units, AccessScope scope) {
        UnitImportPlan plan = new UnitImportPlan();
        ColumnLayout<UnitColumn> layout = ColumnLayout.of(UnitColumn.class, table.header());
        plan.problems.addAll(layout.problems());
        if (!layout.problems().isEmpty()) {
            return plan;
        }
        Map<String, UnitLine> inFile = new HashMap<>();
        List<UnitLine> parsed = new ArrayList<>();
        for (TableRow row : table.rows()) {
            plan.parse(row, layout, units, inFile).ifPresent(line -> {
                inFile.put(line.path(), line);
                parsed.add(line);
            });
        }
        parsed.sort(Comparator.comparingInt((UnitLine line) -> UnitPaths.depthOf(line.path()))
                .thenComparingInt(UnitLine::line));
        for (UnitLine line : parsed) {
            if (line.action() == Action.UNCHANGED || plan.canCreate(line, units, scope)) {
                plan.lines.add(line);
                plan.accepted.put(line.path(), line.type());
            }
        }
        return plan;
    }

    List<UnitLine> lines() {
        return lines;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    private Optional<UnitLine> parse(TableRow row, ColumnLayout<UnitColumn> layout, UnitPaths units,
            Map<String, UnitLine> inFile) {
        String rawPath = layout.value(row, UnitColumn.UNIT_PATH);
        String typeText = layout.value(row, UnitColumn.TYPE);
        if (rawPath == null || typeText == null) {
            problem(row.line(), rawPath == null ? UnitColumn.UNIT_PATH : UnitColumn.TYPE, "import.valueRequired",
                    (rawPath == null ? UnitColumn.UNIT_PATH : UnitColumn.TYPE).header());
            return Optional.empty();
        }
        String path = UnitPaths.normalize(rawPath);
        Optional<OrgUnitType> type = Vocabulary.parse(OrgUnitType.class, typeText);
        if (type.isEmpty()) {
            problem(row.line(), UnitColumn.TYPE, "import.unknownValue", typeText,
                    Vocabulary.terms(OrgUnitType.class));
            return Optional.empty();
        }
        UnitLine earlier = inFile.get(path);
        if (earlier != null) {
            problem(row.line(), UnitColumn.UNIT_PATH, "import.duplicateUnitPath", path, earlier.line());
            return Optional.empty();
        }
        try {
            Optional<OrgUnit> stored = units.find(path);
            if (stored.isPresent() && stored.get().getType() != type.get()) {
                problem(row.line(), UnitColumn.TYPE, "import.unitTypeDiffers", path, Vocabulary.term(stored.get().getType()));
                return Optional.empty();
            }
            OrgUnit.root(type.get(), UnitPaths.nameOf(path));
            return Optional.of(new UnitLine(row.line(), path, type.get(),
                    stored.isPresent() ? Action.UNCHANGED : Action.CREATE));
        } catch (RuleViolation violation) {
            problems.add(ImportProblem.of(row.line(), UnitColumn.UNIT_PATH.label(), violation));
            return Optional.empty();
        }
    }

    private boolean canCreate(UnitLine line, UnitPaths units, AccessScope scope) {
        String parentPath = UnitPaths.parentOf(line.path());
        if (parentPath == null) {
            if (!scope.account().hasRole(Role.DEPARTMENT_ADMIN)) {
                problem(line.line(), UnitColumn.UNIT_PATH, "import.unitOutOfScope", line.path());
                return false;
            }
            return true;
        }
        OrgUnitType parentType;
        try {
            Optional<OrgUnit> storedParent = units.find(parentPath);
            if (storedParent.isPresent()) {
                if (!scope.canManage(storedParent.get())) {
                    problem(line.line(), UnitColumn.UNIT_PATH, "import.unitOutOfScope", parentPath);
                    return false;
                }
                parentType = storedParent.get().getType();
            } else if (accepted.containsKey(parentPath)) {
                parentType = accepted.get(parentPath);
            } else {
                problem(line.line(), UnitColumn.UNIT_PATH, "import.parentNotFound", parentPath);
                return false;
            }
        } catch (RuleViolation ambiguous) {
            problem(line.line(), UnitColumn.UNIT_PATH, ambiguous.code(), parentPath);
            return false;
        }
        if (!parentType.canContain(line.type())) {
            problem(line.line(), UnitColumn.TYPE, "import.cannotContain", Vocabulary.term(parentType),
                    Vocabulary.term(line.type()));
            return false;
        }
        return true;
    }

    private void problem(int line, UnitColumn column, String code, Serializable... arguments) {
        problems.add(new ImportProblem(line, column.label(), code, List.of(arguments)));
    }
}
