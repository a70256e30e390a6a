package org.jiannuo.application.fulfilment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
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

    /** The largest page one call returns; exports read the ledger page by page. */
    public static final int LARGEST_PAGE = 2000;

    @Inject
    Authorization authorization;

    @Inject
    InScope inScope;

    @Inject
    LedgerQuery query;

    public ResultPage<LedgerLine> page(LedgerFilter filter, int first, int size) {
        OrgUnit root = root(filter.unitId());
        return new ResultPage<>(query.page(root, filter, first, Math.min(size, LARGEST_PAGE)),
                query.count(root, filter));
    }

    /** One page without counting, for exports that read to the end. */
    public List<LedgerLine> rows(LedgerFilter filter, int first, int size) {
        return query.page(root(filter.unitId()), filter, first, Math.min(size, LARGEST_PAGE));
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
