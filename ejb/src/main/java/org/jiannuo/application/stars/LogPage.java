package org.jiannuo.application.stars;

import java.io.Serializable;
import java.time.LocalDate;
import org.jiannuo.domain.model.stars.LogEntryKind;

/**
 * A page to write in the log book: the day, the kind, the text and, for a household service, the household, for
 * post duty, the claim.
 */
public record LogPage(LocalDate date, LogEntryKind kind, String text, Long householdId, Long claimId)
        implements Serializable {
}
