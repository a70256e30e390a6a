package org.jiannuo.domain.model.summary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the ledger holds of one approved item, as far as a period's summary needs it: its owner (a person, or
 * none for an organization's own item), deadline, when it went late, when it was closed out, and when its
 * rectifications were ordered.
 */
public record ItemFacts(Long ownerPersonId, String ownerName, String content, LocalDate dueDate,
        LocalDate overdueSince, LocalDate closedOn, int progress, List<LocalDateTime> rectificationsOrdered)
        implements Serializable {

    public ItemFacts {
        rectificationsOrdered = List.copyOf(rectificationsOrdered);
    }

    /** Closed out (销号) by the period's last day. */
    public boolean closedBy(Period period) {
        return closedOn != null && !closedOn.isAfter(period.lastDay());
    }

    /** Closed out by the period's end and no later than its own deadline. */
    public boolean onScheduleBy(Period period) {
        return closedBy(period) && !closedOn.isAfter(dueDate);
    }

    /** Late at some time in the period: it went late by the period's end and was not closed out before it began. */
    public boolean lateIn(Period period) {
        return overdueSince != null && !overdueSince.isAfter(period.lastDay())
                && (closedOn == null || !closedOn.isBefore(period.firstDay()));
    }

    /** A rectification (整改) of the item was ordered in the period. */
    public boolean rectifiedIn(Period period) {
        return rectificationsOrdered.stream().anyMatch(ordered -> period.contains(ordered.toLocalDate()));
    }
}
