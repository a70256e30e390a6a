package org.jiannuo.application.fulfilment;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.jiannuo.application.commitment.CommitmentView;
import org.jiannuo.domain.model.fulfilment.CloseOutOutcome;
import org.jiannuo.domain.model.fulfilment.CloseOutReport;
import org.jiannuo.domain.model.fulfilment.EvidenceSummary;
import org.jiannuo.domain.model.fulfilment.FulfilmentRecord;
import org.jiannuo.domain.model.fulfilment.QuarterAssessment;
import org.jiannuo.domain.model.fulfilment.QuarterlyCheck;
import org.jiannuo.domain.model.fulfilment.Rectification;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;

/**
 * Everything on record about the fulfilment of one item: its monthly records, the quarterly
 * checks, the completion reports with their verdicts, the rectifications, and the evidence files.
 *
 * @param actsForOwner the caller is the owner, staff entering for them, or the organization's secretary
 * @param mayRecord    the caller acts for the owner and the item is in fulfilment
 * @param mayReview    the caller reviews the item
 */
public record FulfilmentDossier(CommitmentView commitment, List<RecordView> records, List<CheckView> checks,
        List<CloseOutView> closeOuts, List<RectificationView> rectifications, boolean actsForOwner,
        boolean mayRecord, boolean mayReview)
        implements Serializable {

    public record RecordView(long id, long version, YearMonth month, String note, int progress, String recordedBy,
            LocalDateTime recordedAt, List<EvidenceSummary> files) implements Serializable {

        static RecordView of(FulfilmentRecord record, List<EvidenceSummary> evidence) {
            return new RecordView(record.getId(), record.getVersion(), record.getMonth(), record.getNote(),
                    record.getProgress(), record.getRecordedBy(), record.getRecordedAt(),
                    evidence.stream().filter(file -> record.getId().equals(file.recordId())).toList());
        }
    }

    public record CheckView(long id, long version, int year, int quarter, QuarterAssessment assessment, String note,
            String checkedBy, LocalDateTime checkedAt) implements Serializable {

        static CheckView of(QuarterlyCheck check) {
            return new CheckView(check.getId(), check.getVersion(), check.getYear(), check.getQuarter(),
                    check.getAssessment(), check.getNote(), check.getCheckedBy(), check.getCheckedAt());
        }
    }

    public record CloseOutView(long id, String evidence, String reportedBy, LocalDateTime reportedAt,
            CloseOutOutcome outcome, String reason, String verifiedBy, LocalDateTime verifiedAt,
            List<EvidenceSummary> files) implements Serializable {

        static CloseOutView of(CloseOutReport report, List<EvidenceSummary> evidence) {
            return new CloseOutView(report.getId(), report.getEvidence(), report.getReportedBy(),
                    report.getReportedAt(), report.getOutcome(), report.getReason(), report.getVerifiedBy(),
                    report.getVerifiedAt(),
                    evidence.stream().filter(file -> report.getId().equals(file.closeOutReportId())).toList());
        }
    }

    public record RectificationView(long id, long version, String reason, LocalDate deadline, String orderedBy,
            LocalDateTime orderedAt, RectificationStatus status, String report, LocalDateTime reportedAt,
            String decidedBy, LocalDateTime decidedAt, String reopenReason, LocalDate overdueSince)
            implements Serializable {

        static RectificationView of(Rectification rectification) {
            return new RectificationView(rectification.getId(), rectification.getVersion(), rectification.getReason(),
                    rectification.getDeadline(), rectification.getOrderedBy(), rectification.getOrderedAt(),
                    rectification.getStatus(), rectification.getReport(), rectification.getReportedAt(),
                    rectification.getDecidedBy(), rectification.getDecidedAt(), rectification.getReopenReason(),
                    rectification.getOverdueSince());
        }
    }
}
