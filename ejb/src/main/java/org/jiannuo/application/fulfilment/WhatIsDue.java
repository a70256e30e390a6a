package org.jiannuo.application.fulfilment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.fulfilment.FulfilmentRepository;
import org.jiannuo.domain.model.fulfilment.Rectification;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;

/** What an owner has to do now: the member's "what is due", or an organization's. */
@Stateless
@TenantScoped
public class WhatIsDue {

    @Inject
    Authorization authorization;

    @Inject
    PersonRepository people;

    @Inject
    OrgUnitRepository units;

    @Inject
    CommitmentRepository commitments;

    @Inject
    FulfilmentRepository fulfilment;

    @Inject
    @ConfigProperty(name = "jiannuo.reminders.deadline-warning-days", defaultValue = "7")
    int deadlineWarningDays;

    public List<DueItem> forPerson(long personId, int year) {
        AccessScope scope = authorization.currentScope();
        Person person = people.find(personId).filter(scope::canRead)
                .orElseThrow(() -> new PersonNotFoundException(personId));
        return due(commitments.ofPerson(person, year), LocalDate.now());
    }

    public List<DueItem> forUnit(long unitId, int year) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = units.find(unitId).filter(found -> scope.canRead(found) || scope.canCommitFor(found))
                .orElseThrow(() -> new UnitNotFoundException(unitId));
        return due(commitments.ofUnit(unit, year), LocalDate.now());
    }

    private List<DueItem> due(List<Commitment> items, LocalDate today) {
        List<DueItem> due = new ArrayList<>();
        YearMonth thisMonth = YearMonth.from(today);
        for (Commitment item : items) {
            if (item.getStatus() == CommitmentStatus.DRAFT) {
                due.add(new DueItem(item.getId(), item.getContent(), DueItem.Reason.DRAFT, item.getDueDate()));
            } else if (item.getStatus() == CommitmentStatus.RETURNED) {
                due.add(new DueItem(item.getId(), item.getContent(), DueItem.Reason.RETURNED, item.getDueDate()));
            }
            if (item.isOpenForRectification()) {
                for (Rectification rectification : fulfilment.rectifications(item)) {
                    if (rectification.getStatus() == RectificationStatus.OPEN) {
                        due.add(new DueItem(item.getId(), item.getContent(), DueItem.Reason.RECTIFICATION_OPEN,
                                rectification.getDeadline()));
                    }
                }
            }
            if (!item.getStatus().isFulfilling()) {
                continue;
            }
            if (item.getDueDate().isBefore(today)) {
                due.add(new DueItem(item.getId(), item.getContent(), DueItem.Reason.OVERDUE, item.getDueDate()));
            } else if (!item.getDueDate().isAfter(today.plusDays(deadlineWarningDays))) {
                due.add(new DueItem(item.getId(), item.getContent(), DueItem.Reason.DUE_SOON, item.getDueDate()));
            }
            if (item.getLastRecordMonth() == null || YearMonth.from(item.getLastRecordMonth()).isBefore(thisMonth)) {
                due.add(new DueItem(item.getId(), item.getContent(), DueItem.Reason.RECORD_MISSING,
                        thisMonth.atEndOfMonth()));
            }
        }
        due.sort(Comparator.comparing(DueItem::reason).thenComparing(DueItem::date));
        return due;
    }
}
