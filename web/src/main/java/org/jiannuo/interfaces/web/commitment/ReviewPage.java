package org.jiannuo.interfaces.web.commitment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.commitment.CommitmentReview;
import org.jiannuo.application.commitment.CommitmentView;
import org.jiannuo.application.commitment.ReviewQueueItem;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.commitment.ReviewOutcome;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 承诺审核: the commitments that come to the reviewer — counts by status, the items waiting for a
 * decision, and the registered ones ready to be published.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CommitmentReview review;

    private int year = LocalDate.now().getYear();
    private Map<CommitmentStatus, Long> counts;
    private ReviewQueueModel waiting;
    private ReviewQueueModel registered;
    private List<ReviewQueueItem> selectedForPublication = new ArrayList<>();
    private ReviewQueueModel completionReported;
    private ReviewQueueModel overdue;
    private long overdueCount;
    private ReviewQueueItem deciding;
    private ReviewOutcome outcome;
    private String reason;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        counts = review.counts(year);
        waiting = ReviewQueueModel.of(review, CommitmentStatus.SUBMITTED, year, counts.get(CommitmentStatus.SUBMITTED));
        registered = ReviewQueueModel.of(review, CommitmentStatus.REGISTERED, year,
                counts.get(CommitmentStatus.REGISTERED));
        completionReported = ReviewQueueModel.of(review, CommitmentStatus.COMPLETION_REPORTED, year,
                counts.get(CommitmentStatus.COMPLETION_REPORTED));
        overdueCount = review.overdueCount(year);
        overdue = ReviewQueueModel.overdue(review, year, overdueCount);
    }

    public void approve(ReviewQueueItem item) {
        decide(item, ReviewOutcome.APPROVE, null);
    }

    /** Opens the reason dialog for a return or a rejection. */
    public void ask(ReviewQueueItem item, ReviewOutcome askedOutcome) {
        deciding = item;
        outcome = askedOutcome;
        reason = null;
    }

    public void confirm() {
        if (deciding != null) {
            decide(deciding, outcome, reason);
        }
    }

    /** Decides; a concurrent decision is told and the lists shown again, a refused one keeps the dialog open. */
    private void decide(ReviewQueueItem item, ReviewOutcome decision, String why) {
        if (PageActions.onStale("review.stale", this::refresh)
                .attempt(() -> review.decide(item.id(), item.version(), decision, why))) {
            Messages.info("review.decided." + decision, item.ownerName());
            deciding = null;
            refresh();
        }
    }

    public void publish() {
        if (selectedForPublication.isEmpty()) {
            Messages.error("review.selectToPublish");
            return;
        }
        List<CommitmentView> published = PageActions.call(() ->
                review.publish(selectedForPublication.stream().map(ReviewQueueItem::id).toList()));
        if (published != null) {
            Messages.info("review.published", published.size());
            selectedForPublication = new ArrayList<>();
        }
        refresh();
    }

    public void changeYear() {
        refresh();
    }

    public CommitmentStatus[] getStatuses() {
        return CommitmentStatus.values();
    }

    public Map<CommitmentStatus, Long> getCounts() {
        return counts;
    }

    public ReviewQueueModel getWaiting() {
        return waiting;
    }

    public ReviewQueueModel getRegistered() {
        return registered;
    }

    public List<ReviewQueueItem> getSelectedForPublication() {
        return selectedForPublication;
    }

    public void setSelectedForPublication(List<ReviewQueueItem> selectedForPublication) {
        this.selectedForPublication = selectedForPublication;
    }

    public ReviewQueueItem getDeciding() {
        return deciding;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public ReviewQueueModel getCompletionReported() {
        return completionReported;
    }

    public ReviewQueueModel getOverdue() {
        return overdue;
    }

    public long getOverdueCount() {
        return overdueCount;
    }
}
