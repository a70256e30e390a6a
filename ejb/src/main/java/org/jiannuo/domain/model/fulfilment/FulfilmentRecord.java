package org.jiannuo.domain.model.fulfilment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The monthly record (每月一记实) of one commitment: what was done that month and how far the
 * item has come. One per item and month; the latest may be corrected in its month's terms.
 */
@Entity
@Table(name = "fulfilment_record")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class FulfilmentRecord {

    static final int SHORTEST_NOTE = 8;
    static final int LONGEST_NOTE = 2000;

    @Id
    @SequenceGenerator(name = "fulfilment_record_seq", sequenceName = "fulfilment_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fulfilment_record_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @Column(name = "record_month", nullable = false, updatable = false)
    private LocalDate month;

    @Column(nullable = false)
    private String note;

    @Column(nullable = false)
    private int progress;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Version
    private long version;

    protected FulfilmentRecord() {
    }

    /** Records a month of a commitment in fulfilment; the commitment checks the month and the progress. */
    public static FulfilmentRecord of(Commitment commitment, YearMonth month, String note, int progress, String by,
            LocalDateTime now) {
        FulfilmentRecord record = new FulfilmentRecord();
        record.commitment = Objects.requireNonNull(commitment);
        record.month = month.atDay(1);
        record.write(note, progress, by, now);
        return record;
    }

    /**
     * Corrects this month's record; only the latest month's record can be corrected, and not to
     * less progress than the month before it recorded.
     */
    public void correct(String revisedNote, int revisedProgress, int previousMonthsProgress, String by,
            LocalDateTime now) {
        if (commitment.getLastRecordMonth() == null || !commitment.getLastRecordMonth().equals(month)) {
            throw new RuleViolation("fulfilment.onlyLatestCorrectable", getMonth());
        }
        if (revisedProgress < previousMonthsProgress) {
            throw new RuleViolation("fulfilment.progressWentBack", previousMonthsProgress);
        }
        write(revisedNote, revisedProgress, by, now);
    }

    private void write(String revisedNote, int revisedProgress, String by, LocalDateTime now) {
        String stripped = revisedNote == null ? "" : revisedNote.strip();
        if (stripped.length() < SHORTEST_NOTE) {
            throw new RuleViolation("fulfilment.noteTooShort", SHORTEST_NOTE);
        }
        if (stripped.length() > LONGEST_NOTE) {
            throw new RuleViolation("fulfilment.noteTooLong", LONGEST_NOTE);
        }
        commitment.recordProgress(getMonth(), revisedProgress, now.toLocalDate());
        note = stripped;
        progress = revisedProgress;
        recordedBy = by;
        recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Commitment getCommitment() {
        return commitment;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public String getNote() {
        return note;
    }

    public int getProgress() {
        return progress;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
