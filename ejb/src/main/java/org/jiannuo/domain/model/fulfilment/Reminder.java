package org.jiannuo.domain.model.fulfilment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

/**
 * A reminder left for the owner of an item: the person, or for an organization's item the
 * organization (its secretary and staff read it). One per item, kind and period, whichever node
 * of a cluster ran the sweep.
 */
@Entity
@Table(name = "reminder")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Reminder {

    @Id
    @SequenceGenerator(name = "reminder_seq", sequenceName = "reminder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReminderKind kind;

    /** The month, deadline or rectification the reminder is about, so the sweep says it once. */
    @Column(name = "period_key", nullable = false, updatable = false)
    private String periodKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", updatable = false)
    private OrgUnit unit;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    @Column(name = "mailed_to")
    private String mailedTo;

    @Column(name = "mailed_at")
    private LocalDateTime mailedAt;

    protected Reminder() {
    }

    /** A reminder for the item's owner. */
    public Reminder(Commitment commitment, ReminderKind kind, String periodKey, LocalDateTime now) {
        this.commitment = commitment;
        this.kind = kind;
        this.periodKey = periodKey;
        this.person = commitment.getOwnerPerson();
        this.unit = commitment.getOwnerUnit();
        this.createdAt = now;
    }

    public void markRead(LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public void markMailed(String address, LocalDateTime now) {
        mailedTo = address;
        mailedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Commitment getCommitment() {
        return commitment;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public Person getPerson() {
        return person;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }

    public String getMailedTo() {
        return mailedTo;
    }

    public LocalDateTime getMailedAt() {
        return mailedAt;
    }
}
