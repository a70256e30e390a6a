package org.jiannuo.domain.model.stars;

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
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.fulfilment.EvidenceFile;
import org.jiannuo.domain.model.fulfilment.EvidenceType;
import org.jiannuo.domain.model.fulfilment.Upload;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A photo on a page of the log book, taken with the phone. Checked as fulfilment evidence is (name, size, the
 * content agreeing with the extension), and only a photo: JPEG or PNG.
 */
@Entity
@Table(name = "star_log_photo")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class LogPhoto {

    private static final Set<EvidenceType> PHOTOS = Set.of(EvidenceType.JPEG, EvidenceType.PNG);

    @Id
    @SequenceGenerator(name = "star_log_photo_seq", sequenceName = "star_log_photo_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "star_log_photo_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private LogEntry entry;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "byte_size", nullable = false, updatable = false)
    private int byteSize;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected LogPhoto() {
    }

    public LogPhoto(LogEntry entry, Upload upload, long maxBytes) {
        String name = EvidenceFile.checkedName(upload);
        byte[] bytes = upload.content();
        EvidenceType type = EvidenceFile.checkedType(name, bytes, maxBytes);
        if (!PHOTOS.contains(type)) {
            throw new RuleViolation("stars.photoOnly", name);
        }
        this.entry = entry;
        this.fileName = name;
        this.mediaType = type.mediaType();
        this.byteSize = bytes.length;
        this.content = bytes.clone();
    }

    public Long getId() {
        return id;
    }

    public LogEntry getEntry() {
        return entry;
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
}
