package org.jiannuo.it.fulfilment;

import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.Batches;
import org.jiannuo.it.support.BenchmarkStep;
import org.jiannuo.it.support.OneCommitteeCounty;
import org.jiannuo.it.support.PlatformRoot;
import org.jiannuo.it.support.Vacuum;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.fulfilment.CompletionRates;
import org.jiannuo.application.fulfilment.DailySweep;
import org.jiannuo.application.fulfilment.FulfilmentLedger;
import org.jiannuo.application.fulfilment.LedgerFilter;
import org.jiannuo.application.fulfilment.LedgerFilter.LedgerSort;
import org.jiannuo.application.importing.RosterImport;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.infrastructure.generator.YearOfActivityGenerator;
import org.jiannuo.interfaces.report.LedgerReport;
import org.jiannuo.reports.FulfilmentLedgerRow;
import org.jiannuo.reports.RecordDataSource;
import org.jiannuo.reports.ReportFormat;
import org.jiannuo.reports.ReportRenderer;
import org.jiannuo.reports.ReportTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test: run with {@code mvn -Pbenchmark -pl web -am verify -Dit.test=LedgerBenchmark}.
 * Imports the generated county under one county committee (about 30,000 people), generates a year
 * of activity (about 100,000 items with monthly records and close-outs), runs the daily sweep, then
 * reads the committee's ledger a page at a time (p50 and p95 per sort column) and exports it whole as
 * PDF and XLSX, each beside JasperReports filling the same rows from a list in memory (the ratio). The same
 * county's annual assessment summary is timed by {@code YearEndBenchmark}.
 * Prints wall time and the server's peak heap per step; asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerBenchmark {

    private static final String ADMIN = "zuzhibu";
    private static final int PAGES_PER_SORT = 20;

    private final Map<ReportFormat, Double> rawSeconds = new EnumMap<>(ReportFormat.class);

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

    @Inject
    ReportRenderer renderer;

    @Resource(lookup = "java:app/jdbc/jiannuo")
    DataSource dataSource;

    @Test
    void ledgerOfACountyCommitteeWithThirtyThousandMembers() throws Exception {
        String tenant = "bench-ledger-" + System.currentTimeMillis() % 1_000_000;
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        AsUser admin = platformRoot.openTenant(tenant, "台账基准测试县委组织部", ADMIN);

        long committee = OneCommitteeCounty.importIt(admin, rosterImport, tree, today);

        BenchmarkStep.measure("generate a year of activity", () -> Batches.untilDone(after -> admin.call(
                () -> yearOfActivity.generateBatch(year, today, after, 500, 20_261_121L))));
        System.out.println("BENCHMARK sweep " + BenchmarkStep.measure("daily sweep (overdue, reminders)",
                () -> sweep.run(tenant, today)));

        Vacuum.onPostgresql(dataSource, "commitment");

        LedgerFilter all = LedgerFilter.of(committee, year);
        long items = admin.call(() -> ledger.count(all));
        long overdue = admin.call(() -> ledger.count(new LedgerFilter(committee, year, null, null, null, true, null,
                false)));
        System.out.printf("BENCHMARK ledger of %s: %d items, %d late and not closed%n",
                OneCommitteeCounty.COUNTY_COMMITTEE, items, overdue);

        for (LedgerSort sort : LedgerSort.values()) {
            List<Long> millis = new ArrayList<>();
            for (int page = 0; page < PAGES_PER_SORT; page++) {
                int first = (page * 7919 % 2000) * 50;
                boolean descending = page % 2 == 1;
                long started = System.nanoTime();
                admin.call(() -> ledger.page(all.sortedBy(sort, descending), first, 50));
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
            Collections.sort(millis);
            System.out.printf("BENCHMARK ledger page of 50 with its count, sorted by %s: p50 %d ms, p95 %d ms"
                    + " (goal p95 <= 300 ms on PostgreSQL), %d pages%n", sort, millis.get(millis.size() / 2),
                    millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.size());
        }
        BenchmarkStep.measure("completion rates of the top level", () -> admin.call(() -> completionRates.below(null, year)));

        // The yardstick: JasperReports filling and exporting the same rows from a list in memory.
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        Map<String, Object> parameters = admin.call(() -> report.parameters(ledger, all, chinese));
        List<FulfilmentLedgerRow> inMemory = BenchmarkStep.measure("read the ledger's rows into memory",
                () -> admin.call(() -> ledger.readAll(all, lines -> {
                    List<FulfilmentLedgerRow> rows = new ArrayList<>();
                    LedgerReport.rows(lines, chinese).forEachRemaining(rows::add);
                    return rows;
                })));
        for (ReportFormat format : ReportFormat.values()) {
            long started = System.nanoTime();
            BenchmarkStep.measure("raw JasperReports " + format + " of " + inMemory.size() + " rows in memory", () -> {
                renderer.render(ReportTemplate.FULFILMENT_LEDGER, parameters, new RecordDataSource(inMemory.iterator()),
                        format, new OneCommitteeCounty.CountingStream());
                return null;
            });
            rawSeconds.put(format, (System.nanoTime() - started) / 1e9);
        }
        inMemory.clear();

        for (ReportFormat format : ReportFormat.values()) {
            OneCommitteeCounty.CountingStream out = new OneCommitteeCounty.CountingStream();
            long started = System.nanoTime();
            BenchmarkStep.measure("ledger " + format + " of " + items + " items, streamed", () -> admin.call(() -> {
                report.write(ledger, all, format, chinese, out);
                return null;
            }));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("BENCHMARK ledger %s size %d MiB; %.1f s against %.1f s raw: ratio %.2f (goal <= 1.3)%n",
                    format, out.mebibytes(), seconds, rawSeconds.get(format),
                    seconds / rawSeconds.get(format));
        }
    }
}
