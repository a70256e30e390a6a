package org.jiannuo.interfaces.web;

import java.util.Map;
import org.primefaces.model.FilterMeta;

/** Reads a table column's filter value as typed by the user; null when the column is not filtered. */
public final class LazyFilters {

    private LazyFilters() {
    }

    public static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta filter = filterBy.get(field);
        return filter == null || filter.getFilterValue() == null ? null : filter.getFilterValue().toString();
    }
}
