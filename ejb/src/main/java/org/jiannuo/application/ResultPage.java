package org.jiannuo.application;

import java.util.List;
import java.util.function.LongSupplier;

/** One page of a list the database paged, with the number of rows that match in all. */
public record ResultPage<T>(List<T> rows, long total) {

    /**
     * The page with its total, counted only when the page cannot tell it: a page shorter than asked is the
     * result's last, so the rows before it and its own are all there are. A count reads every matching row, the
     * page only its own; a search that finds few rows, or the last page of any list, is then answered
     * without it. An empty page past the first row may lie beyond the end, and is counted.
     *
     * @param first    the offset the page was read from
     * @param pageSize the rows asked for, at least 1
     */
    public static <T> ResultPage<T> of(List<T> rows, int first, int pageSize, LongSupplier count) {
        boolean last = rows.size() < pageSize && (!rows.isEmpty() || first == 0);
        return new ResultPage<>(rows, last ? (long) first + rows.size() : count.getAsLong());
    }
}
