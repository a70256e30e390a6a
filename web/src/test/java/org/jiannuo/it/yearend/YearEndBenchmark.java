package org.jiannuo.it.yearend;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.fulfilment.DailySweep;
import org.jiannuo.application.importing.RosterImport;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.summary.AnnualSummaries;
import org.jiannuo.application.yearend.BranchEvaluations;
import org.jiannuo.application.yearend.BranchSummary;
import org.jiannuo.application.yearend.Campaigns;
import org.jiannuo.domain.model.summary.ItemCounts;
import org.jiannuo.domain.model.summary.ItemFacts;
import org.jiannuo.domain.model.summary.LedgerFigures;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.infrastructure.generator.YearEndGenerator;
import org.jiannuo.infrastructure.generator.YearOfActivityGenerator;
import org.jiannuo.interfaces.report.AnnualSummaryReport;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.Batches;
import org.jiannuo.it.support.BenchmarkStep;
import org.jiannuo.it.support.OneCommitteeCounty;
import org.jiannuo.it.support.PlatformRoot;
import org.jiannuo.it.support.TenantProbe;
import org.jiannuo.reports.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test: run with {@code mvn -Pbenchmark -pl web -am verify -Dit.test=YearEndBenchmark}.
 * A county's year-end (issue 13): the generated county imported under one county committee (about 30,000 people,
 * 1,000 branches) with a year of commitments; the year's campaign, every branch's evaluation started through the
 * service, and its mutual evaluation, masses' forms and final ballot cast and counted through the ballot engine
 * ({@link YearEndGenerator}). Timed: every branch's suggested results read one branch view per call and read
 * together for the campaign (the two must agree), then, the results published, the county's annual assessment
 * summary: its overview and every person as PDF and XLSX, and last a check that the database's per-person item
 * counts equal the bulletin's rules applied to the same items. Prints wall time and the server's peak heap per step;
 * asserts nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
class YearEndBenchmark {

    private static final String ADMIN = "zuzhibu";
    private static final int BRANCHES_PER_TRANSACTION = 50;

    @Inject
    PlatformRoot platformRoot;

    @EJB
    RosterImport rosterImport;

    @EJB
    OrganizationTree tree;

    @EJB
    YearOfActivityGenerator yearOfActivity;

    @EJB
    YearEndGenerator yearEnd;

    @EJB
    Campaigns campaigns;

    @EJB
    BranchEvaluations evaluations;

    @EJB
    AnnualSummaries annualSummaries;

    @Inject
    AnnualSummaryReport annualReport;

    @EJB
    DailySweep sweep;

    @EJB
    TenantProbe probe;

    @Test
    void aCountyYearEnd() throws Exception {
        String tenant = "bench-yearend-" + System.currentTimeMillis() % 1_000_000;
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        AsUser admin = platformRoot.openTenant(tenant, "评诺基准测试县委组织部", ADMIN);
        long committee = BenchmarkStep.measure("import the county under one committee",
                () -> OneCommitteeCounty.importIt(admin, rosterImport, tree, today));
        BenchmarkStep.measure("generate a year of activity", () -> Batches.untilDone(after -> admin.call(
                () -> yearOfActivity.generateBatch(year, today, after, 500, 20_261_121L))));
        BenchmarkStep.measure("daily sweep (overdue, reminders)", () -> sweep.run(tenant, today));

        long campaign = admin.call(() -> campaigns.open(year, today, LocalDate.of(year, 12, 31))).id();
        List<Long> branchUnits = admin.call(() -> probe.branchesUnder(committee));
        BenchmarkStep.measure("start " + branchUnits.size() + " branches' evaluations, one call each", () -> {
            for (long unit : branchUnits) {
                admin.call(() -> evaluations.start(campaign, unit));
            }
            return null;
        });
        BenchmarkStep.measure("cast and count the mutual, mass and final ballots", () -> Batches.untilDone(
                after -> admin.call(() -> yearEnd.voteBatch(campaign, after, BRANCHES_PER_TRANSACTION, 20_261_231L))));

        List<BranchSummary> branches = admin.call(() -> evaluations.ofCampaign(campaign));
        Map<Long, Map<Long, AnnualGrade>> oneByOne = BenchmarkStep.measure("suggested results, one branch view per call ("
                + branches.size() + " calls)", () -> {
                    Map<Long, Map<Long, AnnualGrade>> suggested = new HashMap<>();
                    for (BranchSummary branch : branches) {
                        Map<Long, AnnualGrade> members = new HashMap<>();
                        admin.call(() -> evaluations.view(branch.id())).members()
                                .forEach(line -> members.put(line.personId(), line.suggested()));
                        suggested.put(branch.id(), members);
                    }
                    return suggested;
                });
        Map<Long, Map<Long, AnnualGrade>> together = BenchmarkStep.measure(
                "suggested results of every branch, read together", () -> admin.call(() -> evaluations.suggestions(
                        campaign)));
        if (!together.equals(oneByOne)) {
            throw new AssertionError("The campaign's suggestions read together differ from the branches' views");
        }
        Map<AnnualGrade, Integer> tally = new EnumMap<>(AnnualGrade.class);
        together.values().forEach(members -> members.values()
                .forEach(grade -> tally.merge(grade, 1, Integer::sum)));
        System.out.printf("BENCHMARK year-end of %d branches, %d members suggested %s, the same both ways%n",
                together.size(), together.values().stream().mapToInt(Map::size).sum(), tally);

        LocalDateTime published = LocalDateTime.now();
        BenchmarkStep.measure("propose, confirm and publish the suggestions", () -> Batches.untilDone(
                after -> admin.call(() -> yearEnd.publishBatch(campaign, together, published, after,
                        BRANCHES_PER_TRANSACTION))));

        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        BenchmarkStep.measure("annual summary overview of " + OneCommitteeCounty.COUNTY_COMMITTEE,
                () -> admin.call(() -> annualSummaries.overview(committee, year)));
        for (ReportFormat format : ReportFormat.values()) {
            OneCommitteeCounty.CountingStream out = new OneCommitteeCounty.CountingStream();
            BenchmarkStep.measure("annual summary " + format + " of every person, streamed", () -> admin.call(() -> {
                annualReport.write(annualSummaries, committee, year, format, chinese, out);
                return null;
            }));
            System.out.printf("BENCHMARK annual summary %s size %d MiB%n", format, out.mebibytes());
        }
        sameItemCountsAsTheBulletinRules(admin, committee, year);
    }

    /** Every person's item counts, grouped by the database, equal the bulletin's rules applied to their items. */
    private void sameItemCountsAsTheBulletinRules(AsUser admin, long committee, int year) throws Exception {
        Map<Long, ItemCounts> grouped = new HashMap<>();
        admin.call(() -> annualSummaries.readAll(committee, year, records -> {
            records.forEachRemaining(record -> {
                LedgerFigures figures = record.figures();
                grouped.put(record.personId(), new ItemCounts(figures.items(), figures.closed(),
                        figures.onSchedule(), figures.late(), figures.rectified()));
            });
            return null;
        }));
        Period wholeYear = new Period(year, PeriodKind.YEAR, 1);
        Map<Long, List<ItemFacts>> owned = new HashMap<>();
        for (long branch : admin.call(() -> probe.branchesUnder(committee))) {
            admin.call(() -> probe.membersItems(branch, year))
                    .forEach(item -> owned.computeIfAbsent(item.ownerPersonId(), id -> new ArrayList<>()).add(item));
        }
        long differing = grouped.entrySet().stream().filter(entry -> !entry.getValue().equals(ItemCounts.of(wholeYear,
                owned.getOrDefault(entry.getKey(), List.of())))).count();
        ItemCounts total = grouped.values().stream().reduce(ItemCounts.NONE, (a, b) -> new ItemCounts(
                a.items() + b.items(), a.closed() + b.closed(), a.onSchedule() + b.onSchedule(), a.late() + b.late(),
                a.rectified() + b.rectified()));
        System.out.printf("BENCHMARK annual summary item counts of %d people %s: %d differ from the bulletin's rules%n",
                grouped.size(), total, differing);
        if (differing > 0) {
            throw new AssertionError(differing + " people's item counts differ from the bulletin's rules");
        }
    }
}
