package org.jiannuo.interfaces.web.commitment;

import java.util.List;
import java.util.Map;
import org.jiannuo.application.commitment.CommitmentReview;
import org.jiannuo.application.commitment.ReviewQueueItem;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * One status of the reviewer's queue, a page at a time, oldest submission first. Its size is the
 * page's count of that status, so the counters and the two tables cost one grouped query.
 */
public class ReviewQueueModel extends LazyDataModel<ReviewQueueItem> {

    private static final long serialVersionUID = 1L;

    private final CommitmentReview review;
    private final CommitmentStatus status;
    private final int year;
    private final long size;

    ReviewQueueModel(CommitmentReview review, CommitmentStatus status, int year, long size) {
        this.review = review;
        this.status = status;
        this.year = year;
        this.size = size;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) size;
    }

    @Override
    public List<ReviewQueueItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return review.queue(status, year, first, pageSize);
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
