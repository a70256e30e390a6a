package org.jiannuo.application.fulfilment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.people.InScope;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.organization.OrgUnit;

/**
 * The fulfilment ledger (践诺台账) of a branch or of a committee's whole subtree, for those who
 * read that unit: the department, leaders, and secretaries and staff at or above it.
 */
@Stateless
@TenantScoped
public class FulfilmentLedger {

    /** The largest page one call returns; exports read the ledger in one pass ({@link #readAll}). */
    public static final int LARGEST_PAGE = 2000;

    @Inject
    Authorization authorization;

    @Inject
    InScope inScope;

    @Inject
    LedgerQuery query;

    public ResultPage<LedgerLine> page(LedgerFilter filter, int first, int size) {
        OrgUnit root = root(filter.unitId());
        int pageSize = Math.min(size, LARGEST_PAGE);
        return ResultPage.of(query.page(root, filter, first, pageSize), first, pageSize,
                () -> query.count(root, filter));
    }

    /**
     * The whole ledger in its order, read in one pass: the reader gets the lines while this call's
     * transaction keeps the database cursor open, and writes them out before it returns.
     */
    public <R> R readAll(LedgerFilter filter, Function<Iterator<LedgerLine>, R> reader) {
        try (Stream<LedgerLine> lines = query.lines(root(filter.unitId()), filter)) {
            return reader.apply(lines.iterator());
        }
    }

    public long count(LedgerFilter filter) {
        return query.count(root(filter.unitId()), filter);
    }

    public String unitName(long unitId) {
        return root(unitId).getName();
    }

    private OrgUnit root(long unitId) {
        AccessScope scope = authorization.currentScope();
        return inScope.unit(unitId, scope);
    }
}
