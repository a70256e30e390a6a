package org.jiannuo.application.fulfilment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jiannuo.application.commitment.CommitmentAccess;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentOwner;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.fulfilment.Deadlines;
import org.jiannuo.domain.model.fulfilment.FulfilmentRepository;
import org.jiannuo.domain.model.fulfilment.Rectification;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;

/** What an owner has to do now: the member's "what is due", or an organization's. */
@Stateless
@TenantScoped
public class WhatIsDue {

    @Inject
    Authorization authorization;

    @Inject
    CommitmentAccess access;

    @Inject
    FulfilmentRepository fulfilment;

    @Inject
    Deadlines deadlines;

    /** What the owner has to do about their items of the year now. */
    public List<DueItem> of(CommitmentOwner owner, int year) {
        return due(access.itemsOf(owner, year, authorization.currentScope()), LocalDate.now());
    }

    private List<DueItem> due(List<Commitment> items, LocalDate today) {
        List<DueItem> due = new ArrayList<>();
        for (Commitment item : items) {
            if (item.getStatus().isSubmittable()) {
                due.add(DueItem.of(item, item.getStatus() == CommitmentStatus.RETURNED ? DueItem.Reason.RETURNED
                        : DueItem.Reason.DRAFT, item.getDueDate()));
            }
            if (item.isOpenForRectification()) {
                for (Rectification rectification : fulfilment.rectifications(item)) {
                    if (rectification.getStatus() == RectificationStatus.OPEN) {
                        due.add(DueItem.of(item, DueItem.Reason.RECTIFICATION_OPEN, rectification.getDeadline()));
                    }
                }
            }
            if (deadlines.isOverdue(item, today)) {
                due.add(DueItem.of(item, DueItem.Reason.OVERDUE, item.getDueDate()));
            } else if (deadlines.isDueSoon(item, today)) {
                due.add(DueItem.of(item, DueItem.Reason.DUE_SOON, item.getDueDate()));
            }
            if (deadlines.isRecordMissing(item, today)) {
                due.add(DueItem.of(item, DueItem.Reason.RECORD_MISSING, YearMonth.from(today).atEndOfMonth()));
            }
        }
        due.sort(Comparator.comparing(DueItem::reason).thenComparing(DueItem::date));
        return due;
    }
}
