package org.jiannuo.application.fulfilment;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentStatus;

/**
 * One item of the fulfilment ledger (践诺台账).
 *
 * @param unitName        the member's branch, or the organization itself
 * @param lastRecordMonth first day of the latest month with a record, or null
 * @param rectificationDeadline the deadline of an unsettled rectification, or null
 */
public record LedgerLine(long id, long version, String unitName, String ownerName, boolean collective,
        String category, CommitmentKind kind, String content, String measures, LocalDate dueDate,
        CommitmentStatus status, int progress, LocalDate lastRecordMonth, LocalDate overdueSince, LocalDate closedOn,
        LocalDate rectificationDeadline) implements Serializable {

    /** Days late on {@code today}, or at close-out for a closed item; 0 when on time. */
    public long daysLate(LocalDate today) {
        LocalDate end = closedOn != null ? closedOn : today;
        if (status == CommitmentStatus.COMPLETION_REPORTED && overdueSince == null) {
            return 0;
        }
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, end));
    }
}
