package org.jiannuo.application.commitment;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentStatus;

/** A line of a reviewer's queue. */
public record ReviewQueueItem(long id, long version, String ownerName, boolean collective, String reviewingUnitName,
        CommitmentKind kind, String category, String content, String measures, LocalDate dueDate, boolean oral,
        int revision, CommitmentStatus status, LocalDateTime submittedAt, int progress, LocalDate overdueSince)
        implements Serializable {

    static ReviewQueueItem of(Commitment commitment) {
        return new ReviewQueueItem(commitment.getId(), commitment.getVersion(), commitment.ownerName(),
                commitment.owner().isOrganization(),
                commitment.getReviewingUnit().getName(), commitment.getKind(), commitment.getCategory(),
                commitment.getContent(), commitment.getMeasures(), commitment.getDueDate(), commitment.isOral(),
                commitment.getRevision(), commitment.getStatus(), commitment.getSubmittedAt(),
                commitment.getProgress(), commitment.getOverdueSince());
    }
}
