package org.jiannuo.it.stars;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.application.stars.FollowUpView;
import org.jiannuo.application.stars.StarFollowUps;
import org.jiannuo.application.stars.StarLists;
import org.jiannuo.infrastructure.generator.CountyPlan;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.jiannuo.infrastructure.generator.ProvisionedCounty;
import org.jiannuo.infrastructure.generator.StarYearGenerator;
import org.jiannuo.interfaces.report.StarListReport;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.BenchmarkStep;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.reports.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test: run with {@code mvn -Pbenchmark -pl web -am verify -Dit.test=StarListBenchmark}.
 * Provisions a county whose second committee is a township of 40 villages (about 2,000 village members), generates
 * their star year village by village (targets, about 6,000 households with their 1+2 liaisons, log book entries,
 * the year-end appraisal published), then exports the township's year-end star list as PDF and XLSX, streamed from
 * a database cursor, and reads its follow-up. Prints wall time and the server's peak heap per step; asserts
 * nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
class StarListBenchmark {

    private static final String TOWNSHIP_PREFIX = "城关";

    @EJB
    CountyProvisioning provisioning;

    @EJB
    AccountAuthentication authentication;

    @EJB
    OrganizationTree tree;

    @EJB
    StarYearGenerator generator;

    @EJB
    StarLists lists;

    @EJB
    StarFollowUps followUps;

    @Inject
    StarListReport report;

    @Test
    void yearEndStarListOfATownshipOfFortyVillages() throws Exception {
        String tenant = "bench-stars-" + System.currentTimeMillis() % 1_000_000;
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        ProvisionedCounty county = BenchmarkStep.measure("provision the county", () -> provisioning.provision(tenant,
                "创星基准测试县委组织部", new CountyPlan("创星县", 2, 40, 55, 20261130L), Fixtures.PASSWORD));
        System.out.printf("BENCHMARK star county: %d units, %d people%n", county.units(), county.people());
        AsUser admin = AsUser.login(authentication, tenant, StandardLogin.ADMIN.username());
        UnitNode township = admin.call(() -> tree.children(null)).stream()
                .filter(unit -> unit.name().startsWith(TOWNSHIP_PREFIX)).findFirst().orElseThrow();

        BenchmarkStep.measure("generate the township's star year, village by village", () -> {
            long after = 0;
            while (after >= 0) {
                long from = after;
                after = admin.call(() -> generator.generateVillage(township.id(), year, today, from, 20_261_130L));
            }
            return null;
        });
        FollowUpView followUp = BenchmarkStep.measure("follow-up of the township (commended, lagging)",
                () -> admin.call(() -> followUps.of(township.id(), year)));
        System.out.printf("BENCHMARK %s: %d published ratings, %d commended, %d lagging%n", township.name(),
                followUp.lines().size(), followUp.commended().size(), followUp.lagging().size());

        for (ReportFormat format : ReportFormat.values()) {
            Path file = Files.createTempFile("star-list", "." + format.extension());
            try {
                BenchmarkStep.measure("year-end star list " + format + " of the township, streamed", () -> {
                    try (OutputStream out = Files.newOutputStream(file)) {
                        admin.call(() -> {
                            report.write(lists, township.id(), year, format, Locale.SIMPLIFIED_CHINESE, out);
                            return null;
                        });
                    }
                    return null;
                });
                System.out.printf("BENCHMARK star list %s size %d KiB%s%n", format, Files.size(file) / 1024,
                        format == ReportFormat.PDF ? ", " + pages(file) + " pages" : "");
            } finally {
                Files.delete(file);
            }
        }
    }

    private static int pages(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }
}
