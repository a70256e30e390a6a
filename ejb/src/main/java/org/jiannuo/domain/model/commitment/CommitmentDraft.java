package org.jiannuo.domain.model.commitment;

import java.time.LocalDate;

/** What an owner writes for one commitment. */
public record CommitmentDraft(CommitmentKind kind, CommitmentForm form, String category, String content,
        String measures, LocalDate dueDate) {
}
