package org.jiannuo.domain.model.fulfilment;

import jakarta.persistence.Basic;
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
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/** A photo or document behind a monthly record or a close-out report. Kept in the database with it. */
@Entity
@Table(name = "evidence_file")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class EvidenceFile {

    static final int LONGEST_NAME = 200;

    @Id
    @SequenceGenerator(name = "evidence_file_seq", sequenceName = "evidence_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_file_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id", nullable = false, updatable = false)
    private Commitment commitment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "fulfilment_record_id", updatable = false)
    private FulfilmentRecord record;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "close_out_report_id", updatable = false)
    private CloseOutReport closeOutReport;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private int byteSize;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    protected EvidenceFile() {
    }

    public static EvidenceFile ofRecord(FulfilmentRecord record, Upload upload, long maxBytes, String by,
            LocalDateTime now) {
        EvidenceFile file = checked(record.getCommitment(), upload, maxBytes, by, now);
        file.record = record;
        return file;
    }

    public static EvidenceFile ofCloseOut(CloseOutReport report, Upload upload, long maxBytes, String by,
            LocalDateTime now) {
        EvidenceFile file = checked(report.getCommitment(), upload, maxBytes, by, now);
        file.closeOutReport = report;
        return file;
    }

    private static EvidenceFile checked(Commitment commitment, Upload upload, long maxBytes, String by,
            LocalDateTime now) {
        String name = checkedName(upload);
        byte[] bytes = upload.content();
        EvidenceType type = checkedType(name, bytes, maxBytes);
        EvidenceFile file = new EvidenceFile();
        file.commitment = commitment;
        file.fileName = name;
        file.mediaType = type.mediaType();
        file.byteSize = bytes.length;
        file.content = bytes.clone();
        file.uploadedBy = by;
        file.uploadedAt = now;
        return file;
    }

    /** The upload's name, stripped; refused when empty, too long or a path. Also for the photos of the star log book. */
    public static String checkedName(Upload upload) {
        String name = upload.fileName() == null ? "" : upload.fileName().strip();
        if (name.isEmpty() || name.length() > LONGEST_NAME || name.contains("/") || name.contains("\\")) {
            throw new RuleViolation("evidence.badName", name);
        }
        return name;
    }

    /** The type the content proves, refused when empty, too large, or not what its name claims. */
    public static EvidenceType checkedType(String name, byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RuleViolation("evidence.empty", name);
        }
        checkSize(name, bytes.length, maxBytes);
        return EvidenceType.of(name, bytes)
                .orElseThrow(() -> new RuleViolation("evidence.typeNotAccepted", name, EvidenceType.acceptedExtensions()));
    }

    /** Also asked before a file is received whole: of a spooled upload while it is written, of base64 by its length. */
    public static void checkSize(String fileName, long size, long maxBytes) {
        if (size > maxBytes) {
            throw new RuleViolation("evidence.tooLarge", fileName, maxBytes / (1024 * 1024));
        }
    }

    public Long getId() {
        return id;
    }

    public Commitment getCommitment() {
        return commitment;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getByteSize() {
        return byteSize;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
