package org.jiannuo.interfaces.web.commitment;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.commitment.CommitmentReview;
import org.jiannuo.application.commitment.ReviewQueueItem;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * One part of the reviewer's queue, a page at a time: a status, oldest submission first, or the
 * overdue list, longest late first. Its size comes from the page's counters, so the counters and
 * the tables cost one grouped query.
 */
public class ReviewQueueModel extends LazyDataModel<ReviewQueueItem> {

    private static final long serialVersionUID = 1L;

    private final Pages pages;
    private final long size;

    private ReviewQueueModel(Pages pages, long size) {
        this.pages = pages;
        this.size = size;
    }

    static ReviewQueueModel of(CommitmentReview review, CommitmentStatus status, int year, long size) {
        return new ReviewQueueModel((first, pageSize) -> review.queue(status, year, first, pageSize), size);
    }

    static ReviewQueueModel overdue(CommitmentReview review, int year, long size) {
        return new ReviewQueueModel((first, pageSize) -> review.overdue(year, first, pageSize), size);
    }

    @FunctionalInterface
    private interface Pages extends Serializable {
        List<ReviewQueueItem> load(int first, int size);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) size;
    }

    @Override
    public List<ReviewQueueItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return pages.load(first, pageSize);
    }

    @Override
    public String getRowKey(ReviewQueueItem item) {
        return String.valueOf(item.id());
    }

    @Override
    public ReviewQueueItem getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(item -> String.valueOf(item.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
