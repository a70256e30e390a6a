package org.jiannuo.application.commitment;

import java.time.LocalDate;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentStatus;

/** One approved item of a public commitment letter, with whose letter it belongs to. */
public record LetterItem(String ownerKey, String ownerName, String ownerUnitName, String reviewerName,
        boolean collective, String category, String content, String measures, LocalDate dueDate,
        CommitmentStatus status) {

    static LetterItem of(Commitment commitment) {
        boolean collective = commitment.getOwnerUnit() != null;
        return new LetterItem(collective ? "U" + commitment.getOwnerUnit().getId() : "P" + commitment.getOwnerPerson().getId(),
                collective ? commitment.getOwnerUnit().getName() : commitment.getOwnerPerson().getName(),
                collective ? commitment.getOwnerUnit().getName() : commitment.getOwnerPerson().getOrgUnit().getName(),
                commitment.getReviewingUnit().getName(), collective, commitment.getCategory(), commitment.getContent(),
                commitment.getMeasures(), commitment.getDueDate(), commitment.getStatus());
    }
}
