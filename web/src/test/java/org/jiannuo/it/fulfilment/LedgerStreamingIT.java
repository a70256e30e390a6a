package org.jiannuo.it.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.fulfilment.FulfilmentLedger;
import org.jiannuo.application.fulfilment.LedgerFilter;
import org.jiannuo.application.fulfilment.LedgerFilter.LedgerSort;
import org.jiannuo.application.fulfilment.LedgerLine;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.infrastructure.generator.CountyPlan;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.jiannuo.infrastructure.generator.YearOfActivityGenerator;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The exports read the ledger in one pass through a cursor, the screen a page at a time: both must
 * give the same lines in the same order, whatever the sort, over a committee of a few thousand items.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerStreamingIT {

    private static final String TENANT = "ledger-stream";
    private static final int PAGE = 500;

    @EJB
    CountyProvisioning provisioning;

    @EJB
    AccountAuthentication authentication;

    @EJB
    YearOfActivityGenerator yearOfActivity;

    @EJB
    OrganizationTree tree;

    @EJB
    FulfilmentLedger ledger;

    @Test
    void theStreamedLedgerEqualsThePagedLedgerRowForRow() throws Exception {
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        boolean fresh = !provisioning.exists(TENANT);
        if (fresh) {
            provisioning.provision(TENANT, "台账流式测试组织部", new CountyPlan("流式县", 1, 25, 30, 16L), Fixtures.PASSWORD);
        }
        AsUser admin = AsUser.login(authentication, TENANT, StandardLogin.ADMIN.username());
        if (fresh) {
            long after = 0;
            while (after >= 0) {
                long from = after;
                after = admin.call(() -> yearOfActivity.generateBatch(year, today, from, 500, 16L));
            }
        }
        long committee = admin.call(() -> tree.children(null)).get(0).id();
        LedgerFilter all = LedgerFilter.of(committee, year);

        for (LedgerFilter filter : List.of(all, all.sortedBy(LedgerSort.DUE_DATE, true),
                all.sortedBy(LedgerSort.OWNER, false), all.sortedBy(LedgerSort.LAST_RECORD, true))) {
            List<LedgerLine> paged = new ArrayList<>();
            long total = admin.call(() -> ledger.count(filter));
            for (int first = 0; first < total; first += PAGE) {
                int from = first;
                ResultPage<LedgerLine> page = admin.call(() -> ledger.page(filter, from, PAGE));
                paged.addAll(page.rows());
            }
            List<LedgerLine> streamed = admin.call(() -> ledger.readAll(filter, lines -> {
                List<LedgerLine> read = new ArrayList<>();
                lines.forEachRemaining(read::add);
                return read;
            }));
            assertTrue(paged.size() > 2000, "a few thousand items: " + paged.size());
            assertEquals(total, streamed.size(), "every item once, sorted by " + filter.sort());
            for (int i = 0; i < paged.size(); i++) {
                assertEquals(paged.get(i), streamed.get(i), "line " + (i + 1) + " sorted by " + filter.sort());
            }
        }
    }
}
