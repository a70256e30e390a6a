package org.jiannuo.application.importing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jiannuo.application.importing.ImportChange.Action;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.spreadsheet.Table;
import org.jiannuo.application.spreadsheet.TableRow;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.domain.model.person.LeadingCadreLevel;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonProfile;
import org.jiannuo.domain.model.person.PersonRepository;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * Checks every row of a people file against the rules, the caller's scope and what is stored,
 * and works out for each person whether importing creates, changes or leaves them. The
 * ID-card number is the key: a person already stored is updated, never added twice.
 */
final class PeopleImportPlan {

    static final int CHUNK = 500;

    private final List<PersonLine> lines = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    private PeopleImportPlan() {
    }

    static PeopleImportPlan check(Table table, UnitPaths units, AccessScope scope, PersonRepository people) {
        PeopleImportPlan plan = new PeopleImportPlan();
        ColumnLayout<PersonColumn> layout = ColumnLayout.of(PersonColumn.class, table.header());
        plan.problems.addAll(layout.problems());
        if (!layout.problems().isEmpty()) {
            return plan;
        }
        Map<String, Integer> firstLineOfIdCard = new HashMap<>();
        List<Parsed> parsed = new ArrayList<>();
        for (TableRow row : table.rows()) {
            plan.parse(row, layout, units, scope, firstLineOfIdCard).ifPresent(parsed::add);
        }
        for (int from = 0; from < parsed.size(); from += CHUNK) {
            List<Parsed> chunk = parsed.subList(from, Math.min(parsed.size(), from + CHUNK));
            Map<String, Person> stored = people.findByIdCards(chunk.stream().map(p -> p.idCard.value()).toList());
            chunk.forEach(p -> plan.compare(p, stored.get(p.idCard.value()), scope));
            people.flushAndClear();
        }
        return plan;
    }

    List<PersonLine> lines() {
        return lines;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    private Optional<Parsed> parse(TableRow row, ColumnLayout<PersonColumn> layout, UnitPaths units,
            AccessScope scope, Map<String, Integer> firstLineOfIdCard) {
        int problemsBefore = problems.size();
        OrgUnit branch = branch(row, layout, units, scope);
        IdCardNumber idCard = idCard(row, layout, firstLineOfIdCard);
        PartyStatus status = required(row, layout, PersonColumn.PARTY_STATUS, PartyStatus.class);
        LeadingCadreLevel level = optional(row, layout, PersonColumn.LEADING_CADRE_LEVEL, LeadingCadreLevel.class);
        VillageCategory village = optional(row, layout, PersonColumn.VILLAGE_CATEGORY, VillageCategory.class);
        boolean retired = flag(row, layout, PersonColumn.RETIRED);
        boolean infirm = flag(row, layout, PersonColumn.INFIRM);
        flag(row, layout, PersonColumn.SECRETARY);
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        String floatingLocation = layout.value(row, PersonColumn.FLOATING_LOCATION);
        PersonProfile profile = new PersonProfile(layout.value(row, PersonColumn.NAME),
                layout.value(row, PersonColumn.PHONE), layout.value(row, PersonColumn.EMAIL), status, layout.value(row, PersonColumn.POST),
                layout.value(row, PersonColumn.ASSIGNED_POST), level, retired, infirm, floatingLocation != null,
                floatingLocation, village);
        try {
            Person candidate = new Person(branch, profile.name(), idCard, status);
            candidate.revise(profile);
            return Optional.of(new Parsed(row.line(), branch, idCard, PersonProfile.of(candidate),
                    candidate.auditState()));
        } catch (RuleViolation violation) {
            problems.add(ImportProblem.of(row.line(), null, violation));
            return Optional.empty();
        }
    }

    private void compare(Parsed parsed, Person stored, AccessScope scope) {
        if (stored == null) {
            lines.add(new PersonLine(parsed.line, parsed.branch.getId(), parsed.idCard, parsed.profile.partyStatus(),
                    parsed.profile, Action.CREATE, List.of()));
            return;
        }
        if (!scope.keepsRecordOf(stored)) {
            problems.add(new ImportProblem(parsed.line, PersonColumn.ID_CARD_NO.label(), "import.personOutOfScope",
                    List.of(parsed.idCard.value())));
            return;
        }
        Map<String, Object> before = stored.auditState();
        List<String> changed = parsed.state.keySet().stream()
                .filter(field -> !Objects.equals(String.valueOf(before.get(field)), String.valueOf(parsed.state.get(field))))
                .toList();
        lines.add(new PersonLine(parsed.line, parsed.branch.getId(), parsed.idCard, parsed.profile.partyStatus(),
                parsed.profile, changed.isEmpty() ? Action.UNCHANGED : Action.UPDATE, changed));
    }

    private OrgUnit branch(TableRow row, ColumnLayout<PersonColumn> layout, UnitPaths units, AccessScope scope) {
        String path = layout.value(row, PersonColumn.UNIT_PATH);
        if (path == null) {
            missing(row, PersonColumn.UNIT_PATH);
            return null;
        }
        String normalized = UnitPaths.normalize(path);
        try {
            Optional<OrgUnit> unit = units.find(normalized);
            if (unit.isEmpty()) {
                problem(row, PersonColumn.UNIT_PATH, "import.unitNotFound", normalized);
            } else if (unit.get().getType() != OrgUnitType.BRANCH) {
                problem(row, PersonColumn.UNIT_PATH, "import.notABranch", normalized);
            } else if (!scope.canEditPeopleIn(unit.get())) {
                problem(row, PersonColumn.UNIT_PATH, "import.unitOutOfScope", normalized);
            } else {
                return unit.get();
            }
        } catch (RuleViolation ambiguous) {
            problem(row, PersonColumn.UNIT_PATH, ambiguous.code(), normalized);
        }
        return null;
    }

    private IdCardNumber idCard(TableRow row, ColumnLayout<PersonColumn> layout, Map<String, Integer> firstLines) {
        String text = layout.value(row, PersonColumn.ID_CARD_NO);
        if (text == null) {
            missing(row, PersonColumn.ID_CARD_NO);
            return null;
        }
        IdCardNumber idCard;
        try {
            idCard = new IdCardNumber(text.toUpperCase());
        } catch (IllegalArgumentException e) {
            problem(row, PersonColumn.ID_CARD_NO, "import.idCardInvalid", text);
            return null;
        }
        Integer firstLine = firstLines.putIfAbsent(idCard.value(), row.line());
        if (firstLine != null) {
            problem(row, PersonColumn.ID_CARD_NO, "import.duplicateIdCard", idCard.value(), firstLine);
            return null;
        }
        return idCard;
    }

    private <E extends Enum<E>> E required(TableRow row, ColumnLayout<PersonColumn> layout, PersonColumn column,
            Class<E> type) {
        if (layout.value(row, column) == null) {
            missing(row, column);
            return null;
        }
        return optional(row, layout, column, type);
    }

    private <E extends Enum<E>> E optional(TableRow row, ColumnLayout<PersonColumn> layout, PersonColumn column,
            Class<E> type) {
        String text = layout.value(row, column);
        if (text == null) {
            return null;
        }
        Optional<E> value = Vocabulary.parse(type, text);
        if (value.isEmpty()) {
            problem(row, column, "import.unknownValue", text, allowed(type));
        }
        return value.orElse(null);
    }

    private boolean flag(TableRow row, ColumnLayout<PersonColumn> layout, PersonColumn column) {
        String text = layout.value(row, column);
        Optional<Boolean> value = Vocabulary.parseFlag(text);
        if (value.isEmpty()) {
            problem(row, column, "import.unknownValue", text, Vocabulary.flagTerms());
        }
        return value.orElse(false);
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return String.join("、", Arrays.stream(type.getEnumConstants()).map(Vocabulary::term).toList());
    }

    private void missing(TableRow row, PersonColumn column) {
        problem(row, column, "import.valueRequired", column.header());
    }

    private void problem(TableRow row, PersonColumn column, String code, Serializable... arguments) {
        problems.add(new ImportProblem(row.line(), column.label(), code, List.of(arguments)));
    }

    /** A row whose values are all valid, before it is compared with what is stored. */
    private record Parsed(int line, OrgUnit branch, IdCardNumber idCard, PersonProfile profile,
            Map<String, Object> state) {
    }
}
