package org.jiannuo.domain.model.delivery;

import jakarta.persistence.Basic;
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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

/**
 * One document delivered to one recipient for one period of a subscription: kept as the recipient's inbox and
 * archive, and mailed to the address on their record. Unique per subscription, period and recipient: the insert
 * decides, so a chunk done again, a second firing or a second node delivers nothing twice.
 */
@Entity
@Table(name = "delivery")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Delivery {

    @Id
    @SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id", nullable = false, updatable = false)
    private Subscription subscription;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(name = "recipient_key", nullable = false, updatable = false)
    private String recipientKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person recipient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReportKind report;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] document;

    @Column(name = "document_size", nullable = false, updatable = false)
    private long documentSize;

    @Column(name = "delivered_at", nullable = false, updatable = false)
    private LocalDateTime deliveredAt;

    @Column(name = "mail_to")
    private String mailTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false)
    private MailState mailState;

    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;

    @Column(name = "next_mail_at")
    private LocalDateTime nextMailAt;

    @Column(name = "mailed_at")
    private LocalDateTime mailedAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    @Version
    private long version;

    protected Delivery() {
    }

    public Delivery(Subscription subscription, String period, Recipient recipient, Person person, OrgUnit unit,
            String title, String fileName, byte[] document, LocalDateTime deliveredAt) {
        this.subscription = subscription;
        this.period = period;
        this.recipientKey = recipient.key();
        this.recipient = person;
        this.unit = unit;
        this.report = subscription.getReport();
        this.title = title;
        this.fileName = fileName;
        this.document = document.clone();
        this.documentSize = document.length;
        this.deliveredAt = deliveredAt;
        this.mailTo = recipient.hasEmail() ? recipient.email() : null;
        this.mailState = recipient.hasEmail() ? MailState.PENDING : MailState.NONE;
        this.nextMailAt = recipient.hasEmail() ? deliveredAt : null;
    }

    /** Whether the mail carries the document, or only says where to read it: past the size setting. */
    public boolean fitsInMail(long largestAttachment) {
        return documentSize <= largestAttachment;
    }

    public void markRead(LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getPeriod() {
        return period;
    }

    public String getRecipientKey() {
        return recipientKey;
    }

    public Person getRecipient() {
        return recipient;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public ReportKind getReport() {
        return report;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getDocument() {
        return document.clone();
    }

    public long getDocumentSize() {
        return documentSize;
    }

    public LocalDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public String getMailTo() {
        return mailTo;
    }

    public MailState getMailState() {
        return mailState;
    }

    public int getMailAttempts() {
        return mailAttempts;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
