package org.jiannuo.application.importing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.jiannuo.application.people.PeopleSearchQuery;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.spreadsheet.TableFiles;
import org.jiannuo.application.spreadsheet.TableFormat;
import org.jiannuo.application.spreadsheet.TableWriter;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;

/**
 * Writes the units and people the caller may see as a file in the import format, so that an
 * export edited in Excel imports back. People are read in batches and written as they come.
 */
@Stateless
@TenantScoped
public class RosterExport {

    private static final int BATCH = 1000;

    @Inject
    Authorization authorization;

    @Inject
    OrgUnitRepository units;

    @Inject
    PersonRepository people;

    @Inject
    PeopleSearchQuery peopleSearch;

    @Inject
    TableFiles tableFiles;

    /** The people a search finds, every page of it, in the order they were added. */
    public void people(PersonSearch search, TableFormat format, OutputStream out) {
        AccessScope scope = authorization.currentScope();
        UnitPaths paths = new UnitPaths(units.all());
        try (TableWriter writer = tableFiles.writer(format, out, Vocabulary.sheet("people"))) {
            writer.row(Arrays.stream(PersonColumn.values()).map(PersonColumn::header).toList());
            long afterId = 0;
            List<Person> batch;
            do {
                batch = peopleSearch.batchAfter(search, scope, afterId, BATCH);
                for (Person person : batch) {
                    writer.row(row(person, paths));
                    afterId = person.getId();
                }
                people.flushAndClear();
            } while (batch.size() == BATCH);
        }
    }

    /** The active units the caller may see, parents before children. */
    public void units(TableFormat format, OutputStream out) {
        AccessScope scope = authorization.currentScope();
        // A county has about a thousand units: every path needs its ancestors' names anyway.
        List<OrgUnit> all = units.all();
        UnitPaths paths = new UnitPaths(all);
        try (TableWriter writer = tableFiles.writer(format, out, Vocabulary.sheet("units"))) {
            writer.row(Arrays.stream(UnitColumn.values()).map(UnitColumn::header).toList());
            all.stream()
                    .filter(unit -> !unit.isDissolved() && scope.canRead(unit))
                    .forEach(unit -> writer.row(List.of(paths.pathOf(unit), Vocabulary.term(unit.getType()))));
        }
    }

    private static List<String> row(Person person, UnitPaths paths) {
        return Arrays.asList(paths.pathOf(person.getOrgUnit()), person.getName(), person.getIdCardNo(),
                Vocabulary.term(person.getPartyStatus()), person.getPhone(), person.getEmail(), person.getPost(),
                person.getAssignedPost(),
                Vocabulary.term(person.getLeadingCadreLevel()), Vocabulary.flag(person.isSecretary()),
                Vocabulary.flag(person.isRetired()), Vocabulary.flag(person.isInfirm()), person.getFloatingLocation(),
                Vocabulary.term(person.getVillageCategory()));
    }
}
