package org.jiannuo.application.commitment;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentForm;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentStatus;

/**
 * A commitment as screens and the API show it.
 *
 * @param ownerName the person's or the organization's name
 * @param lastReason why the last review returned or rejected it, if it did
 * @param progress percent done as of the latest monthly record
 * @param lastRecordMonth first day of the latest month with a record
 * @param overdueSince first day late, once the daily sweep found it late
 */
public record CommitmentView(long id, long version, int year, String ownerName, boolean collective, String unitName,
        CommitmentKind kind, CommitmentForm form, String category, String content, String measures, LocalDate dueDate,
        boolean oral, String enteredBy, CommitmentStatus status, int revision, LocalDateTime submittedAt,
        LocalDate publishedOn, String lastReason, int progress, LocalDate lastRecordMonth, LocalDate overdueSince,
        LocalDate closedOn) implements Serializable {

    public static CommitmentView of(Commitment commitment, String lastReason) {
        return new CommitmentView(commitment.getId(), commitment.getVersion(), commitment.getYear(),
                commitment.ownerName(), commitment.owner().isOrganization(), commitment.ownerUnitName(),
                commitment.getKind(), commitment.getForm(), commitment.getCategory(), commitment.getContent(),
                commitment.getMeasures(), commitment.getDueDate(), commitment.isOral(), commitment.getEnteredBy(),
                commitment.getStatus(), commitment.getRevision(), commitment.getSubmittedAt(),
                commitment.getPublishedOn(), lastReason, commitment.getProgress(), commitment.getLastRecordMonth(),
                commitment.getOverdueSince(), commitment.getClosedOn());
    }
}
