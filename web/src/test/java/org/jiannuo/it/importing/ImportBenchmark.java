package org.jiannuo.it.importing;

import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.BenchmarkStep;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.PlatformRoot;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.importing.ImportKind;
import org.jiannuo.application.importing.ImportPreview;
import org.jiannuo.application.importing.ImportProgress;
import org.jiannuo.application.importing.ImportResult;
import org.jiannuo.application.importing.RosterExport;
import org.jiannuo.application.importing.RosterImport;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.people.PersonSortField;
import org.jiannuo.application.spreadsheet.TableFormat;
import org.jiannuo.infrastructure.generator.CountyCsvExport;
import org.jiannuo.infrastructure.generator.CountyGenerator;
import org.jiannuo.infrastructure.generator.CountyPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test: run with {@code mvn -Pbenchmark -pl web -am verify}. Imports the
 * generated county (1,080 units, about 30,000 people) into a new tenant from CSV, previews the
 * same people as XLSX, imports them again unchanged and exports them. Prints wall time and the
 * server's peak heap for each step; asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
class ImportBenchmark {

    private static final String ADMIN = "zuzhibu";

    @Inject
    PlatformRoot platformRoot;

    @EJB
    RosterImport rosterImport;

    @EJB
    RosterExport rosterExport;

    @Test
    void importACountyOfThirtyThousandPeople() throws Exception {
        String tenant = "bench-import-" + System.currentTimeMillis() % 1_000_000;
        AsUser admin = platformRoot.openTenant(tenant, "导入基准测试县委组织部", ADMIN);

        CountyCsvExport county = new CountyCsvExport();
        new CountyGenerator(CountyPlan.fullCounty(), LocalDate.now()).generate(county);
        byte[] units = county.unitsCsv().getBytes(StandardCharsets.UTF_8);
        byte[] people = county.peopleCsv().getBytes(StandardCharsets.UTF_8);
        System.out.printf("BENCHMARK import files: units.csv %d KB, people.csv %d KB%n", units.length / 1024,
                people.length / 1024);

        ImportResult unitResult = BenchmarkStep.measure("import units.csv (1,080 units)", () -> admin.call(() ->
                rosterImport.apply(ImportKind.UNITS, "units.csv", Fixtures.spooled(units), new ImportProgress())));
        ImportPreview preview = BenchmarkStep.measure("preview people.csv", () -> admin.call(() ->
                rosterImport.preview(ImportKind.PEOPLE, "people.csv", Fixtures.spooled(people))));
        ImportResult first = BenchmarkStep.measure("import people.csv (new people)", () -> admin.call(() ->
                rosterImport.apply(ImportKind.PEOPLE, "people.csv", Fixtures.spooled(people), new ImportProgress())));
        ImportResult again = BenchmarkStep.measure("import people.csv again (nothing changes)", () -> admin.call(() ->
                rosterImport.apply(ImportKind.PEOPLE, "people.csv", Fixtures.spooled(people), new ImportProgress())));
        byte[] xlsx = BenchmarkStep.measure("export people as XLSX", () -> export(admin, TableFormat.XLSX));
        byte[] csv = BenchmarkStep.measure("export people as CSV", () -> export(admin, TableFormat.CSV));
        ImportPreview xlsxPreview = BenchmarkStep.measure("preview people.xlsx", () -> admin.call(() ->
                rosterImport.preview(ImportKind.PEOPLE, "people.xlsx", Fixtures.spooled(xlsx))));
        System.out.printf("BENCHMARK results: units created %d; preview %d rows, %d problems; first import created %d;"
                        + " second import unchanged %d; XLSX %d KB, CSV %d KB, XLSX preview unchanged %d%n",
                unitResult.created(), preview.rows(), preview.problemCount(), first.created(), again.unchanged(),
                xlsx.length / 1024, csv.length / 1024, xlsxPreview.unchanged());
    }

    private byte[] export(AsUser admin, TableFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        admin.call(() -> {
            rosterExport.people(new PersonSearch(null, null, null, PersonSortField.NAME, true, 0, 1), format, out);
            return null;
        });
        return out.toByteArray();
    }
}
