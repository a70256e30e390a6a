package org.jiannuo.domain.model.fulfilment;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An evidence file as lists show it: everything but its content. */
public record EvidenceSummary(long id, Long recordId, Long closeOutReportId, String fileName, String mediaType,
        int byteSize, String uploadedBy, LocalDateTime uploadedAt) implements Serializable {
}
