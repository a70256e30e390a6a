package org.jiannuo.application.commitment;

import java.time.LocalDate;
import org.jiannuo.application.publicity.BoardLinks;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentOwner;
import org.jiannuo.domain.model.commitment.CommitmentStatus;

/**
 * One approved item of a public commitment letter, with whose letter it belongs to and the owner's living page on
 * the public board (printed as a QR code).
 */
public record LetterItem(String ownerKey, String ownerName, String ownerUnitName, String reviewerName,
        boolean collective, String category, String content, String measures, LocalDate dueDate,
        CommitmentStatus status, String boardPage) {

    static LetterItem of(Commitment commitment, BoardLinks addresses) {
        CommitmentOwner owner = commitment.owner();
        return new LetterItem((owner.isOrganization() ? "U" : "P") + owner.id(), commitment.ownerName(),
                commitment.ownerUnitName(), commitment.getReviewingUnit().getName(), owner.isOrganization(), commitment.getCategory(), commitment.getContent(),
                commitment.getMeasures(), commitment.getDueDate(), commitment.getStatus(), addresses.ownerPage(commitment));
    }
}
