package org.jiannuo.application.publicity;

import java.time.LocalDate;
import org.jiannuo.domain.model.commitment.CommitmentKind;

/**
 * One published commitment as the board shows it: only what the public commitment letter carries and
 * how far it has come. {@code ownerKey} is the person's public key, null for an organization's item.
 */
public record BoardCommitmentLine(String key, String ownerName, String ownerKey, String category, CommitmentKind kind,
        String content, LocalDate dueDate, FulfilmentState state, int progress, LocalDate publishedOn) {
}
