package org.jiannuo.it.fulfilment;

import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.BenchmarkStep;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.PlatformRoot;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.fulfilment.CompletionRates;
import org.jiannuo.application.fulfilment.DailySweep;
import org.jiannuo.application.fulfilment.FulfilmentLedger;
import org.jiannuo.application.fulfilment.LedgerFilter;
import org.jiannuo.application.fulfilment.LedgerFilter.LedgerSort;
import org.jiannuo.application.importing.ImportKind;
import org.jiannuo.application.importing.ImportProgress;
import org.jiannuo.application.importing.RosterImport;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.infrastructure.generator.CountyCsvExport;
import org.jiannuo.infrastructure.generator.CountyGenerator;
import org.jiannuo.infrastructure.generator.CountyPlan;
import org.jiannuo.infrastructure.generator.YearOfActivityGenerator;
import org.jiannuo.interfaces.report.LedgerReport;
import org.jiannuo.reports.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test: run with {@code mvn -Pbenchmark -pl web -am verify -Dit.test=LedgerBenchmark}.
 * Imports the generated county under one county committee (about 30,000 people), generates a year
 * of activity (about 100,000 items with monthly records and close-outs), runs the daily sweep, then
 * reads the committee's ledger a page at a time and exports it whole as PDF and XLSX. Prints wall
 * time and the server's peak heap per step; asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerBenchmark {

    private static final String ADMIN = "zuzhibu";
    private static final String COUNTY_COMMITTEE = "全县党委";

    @Inject
    PlatformRoot platformRoot;

    @EJB
    RosterImport rosterImport;

    @EJB
    YearOfActivityGenerator yearOfActivity;

    @EJB
    DailySweep sweep;

    @EJB
    FulfilmentLedger ledger;

    @EJB
    CompletionRates completionRates;

    @EJB
    OrganizationTree tree;

    @Inject
    LedgerReport report;

    @Test
    void ledgerOfACountyCommitteeWithThirtyThousandMembers() throws Exception {
        String tenant = "bench-ledger-" + System.currentTimeMillis() % 1_000_000;
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        AsUser admin = platformRoot.openTenant(tenant, "台账基准测试县委组织部", ADMIN);

        CountyCsvExport county = new CountyCsvExport();
        new CountyGenerator(CountyPlan.fullCounty(), today).generate(county);
        byte[] units = underOneCommittee(county.unitsCsv(), COUNTY_COMMITTEE + ",COMMITTEE\r\n");
        byte[] people = underOneCommittee(county.peopleCsv(), "");
        admin.call(() -> rosterImport.apply(ImportKind.UNITS, "units.csv", Fixtures.spooled(units), new ImportProgress()));
        admin.call(() -> rosterImport.apply(ImportKind.PEOPLE, "people.csv", Fixtures.spooled(people), new ImportProgress()));
        long committee = admin.call(() -> tree.children(null)).stream()
                .filter(unit -> unit.name().equals(COUNTY_COMMITTEE)).findFirst().orElseThrow().id();

        BenchmarkStep.measure("generate a year of activity", () -> {
            long after = 0;
            while (after >= 0) {
                long from = after;
                after = admin.call(() -> yearOfActivity.generateBatch(year, today, from, 500, 20_261_121L));
            }
            return null;
        });
        System.out.println("BENCHMARK sweep " + BenchmarkStep.measure("daily sweep (overdue, reminders)",
                () -> sweep.run(tenant, today)));

        LedgerFilter all = LedgerFilter.of(committee, year);
        long items = admin.call(() -> ledger.count(all));
        long overdue = admin.call(() -> ledger.count(new LedgerFilter(committee, year, null, null, null, true, null,
                false)));
        System.out.printf("BENCHMARK ledger of %s: %d items, %d late and not closed%n", COUNTY_COMMITTEE, items, overdue);

        List<Long> pageMillis = new ArrayList<>();
        for (LedgerSort sort : LedgerSort.values()) {
            long started = System.nanoTime();
            admin.call(() -> ledger.page(all.sortedBy(sort, true), 1000, 50));
            pageMillis.add((System.nanoTime() - started) / 1_000_000);
        }
        System.out.printf("BENCHMARK ledger page of 50 with its count, one per sort column (ms): %s%n",
                pageMillis.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        BenchmarkStep.measure("completion rates of the top level", () -> admin.call(() -> completionRates.below(null, year)));

        for (ReportFormat format : ReportFormat.values()) {
            CountingStream out = new CountingStream();
            BenchmarkStep.measure("ledger " + format + " of " + items + " items", () -> admin.call(() -> {
                report.write(ledger, all, format, Locale.SIMPLIFIED_CHINESE, out);
                return null;
            }));
            System.out.printf("BENCHMARK ledger %s size %d MiB%n", format, out.count / (1024 * 1024));
        }
    }

    /** Puts every path of an import file under the county committee; the header stays first. */
    private static byte[] underOneCommittee(String csv, String extraFirstLine) {
        String[] lines = csv.split("\r\n");
        String moved = Arrays.stream(lines).skip(1)
                .map(line -> line.startsWith("\"") ? "\"" + COUNTY_COMMITTEE + "/" + line.substring(1)
                        : COUNTY_COMMITTEE + "/" + line)
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        return (lines[0] + "\r\n" + extraFirstLine + moved).getBytes(StandardCharsets.UTF_8);
    }

    /** Discards the report, counting its bytes. */
    private static final class CountingStream extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
