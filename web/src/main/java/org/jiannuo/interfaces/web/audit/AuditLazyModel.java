package org.jiannuo.interfaces.web.audit;

import java.util.List;
import java.util.Map;
import org.jiannuo.application.audit.AuditLog;
import org.jiannuo.application.audit.AuditRow;
import org.jiannuo.application.audit.AuditSearch;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.interfaces.web.LazyFilters;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail, newest first, one page at a time. */
public class AuditLazyModel extends LazyDataModel<AuditRow> {

    private static final long serialVersionUID = 1L;

    private final AuditLog log;

    AuditLazyModel(AuditLog log) {
        this.log = log;
    }

    /** PrimeFaces asks for the count, then for the page: each is one query. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) log.count(search(0, 1, filterBy));
    }

    @Override
    public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return log.rows(search(first, pageSize, filterBy));
    }

    @Override
    public String getRowKey(AuditRow row) {
        return String.valueOf(row.id());
    }

    private static AuditSearch search(int first, int pageSize, Map<String, FilterMeta> filterBy) {
        String action = LazyFilters.text(filterBy, "action");
        String entityId = LazyFilters.text(filterBy, "entityId");
        return new AuditSearch(LazyFilters.text(filterBy, "actor"), LazyFilters.text(filterBy, "entityType"),
                entityId == null || !entityId.matches("\\d{1,18}") ? null : Long.valueOf(entityId),
                action == null || action.isBlank() ? null : AuditAction.valueOf(action), first, pageSize);
    }
}
