package org.jiannuo.interfaces.web.fulfilment;

import java.util.List;
import java.util.Map;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.fulfilment.FulfilmentLedger;
import org.jiannuo.application.fulfilment.LedgerFilter;
import org.jiannuo.application.fulfilment.LedgerFilter.LedgerSort;
import org.jiannuo.application.fulfilment.LedgerLine;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The ledger a page at a time; the table's sort column becomes the query's ORDER BY. */
public class LedgerModel extends LazyDataModel<LedgerLine> {

    private static final long serialVersionUID = 1L;

    private final FulfilmentLedger ledger;
    private final LedgerFilter filter;
    private int total;

    LedgerModel(FulfilmentLedger ledger, LedgerFilter filter) {
        this.ledger = ledger;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return total;
    }

    @Override
    public List<LedgerLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        LedgerFilter sorted = sortBy.values().stream().findFirst()
                .map(sort -> filter.sortedBy(LedgerSort.valueOf(sort.getField()), sort.getOrder() == SortOrder.DESCENDING))
                .orElse(filter);
        ResultPage<LedgerLine> page = ledger.page(sorted, first, pageSize);
        total = (int) page.total();
        setRowCount(total);
        return page.rows();
    }

    @Override
    public String getRowKey(LedgerLine line) {
        return String.valueOf(line.id());
    }

    @Override
    public LedgerLine getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(line -> String.valueOf(line.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
