package org.jiannuo.application.fulfilment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.commitment.CommitmentAccess;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.fulfilment.CloseOutReport;
import org.jiannuo.domain.model.fulfilment.EvidenceFile;
import org.jiannuo.domain.model.fulfilment.FulfilmentRecord;
import org.jiannuo.domain.model.fulfilment.FulfilmentRepository;
import org.jiannuo.domain.model.fulfilment.Rectification;
import org.jiannuo.domain.model.fulfilment.Upload;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The owner's side of fulfilment (践诺): the monthly record with its photos and documents, the
 * report that an item is done, and the report that a rectification was made. Staff may act for a
 * member, a secretary for their organization.
 */
@Stateless
@TenantScoped
public class FulfilmentRecords {

    static final String RECORD_ENTITY = "FulfilmentRecord";
    static final String COMMITMENT_ENTITY = "Commitment";

    @Inject
    Authorization authorization;

    @Inject
    CommitmentAccess access;

    @Inject
    FulfilmentRepository fulfilment;

    @Inject
    EvidenceLimits limits;

    @Inject
    DossierAssembler dossiers;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    public FulfilmentDossier dossier(long commitmentId) {
        AccessScope scope = authorization.currentScope();
        return dossiers.of(access.visible(commitmentId, scope), scope);
    }

    /** Records a month; a month already recorded is corrected through {@link #correct} instead. */
    public FulfilmentDossier record(long commitmentId, YearMonth month, String note, int progress,
            List<Upload> uploads) {
        AccessScope scope = authorization.currentScope();
        Commitment commitment = access.owned(commitmentId, scope);
        limits.checkCount(uploads);
        if (fulfilment.recordOf(commitment, month).isPresent()) {
            throw new RuleViolation("fulfilment.monthRecorded", month);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String by = scope.account().username();
        FulfilmentRecord record = FulfilmentRecord.of(commitment, month, note, progress, by, now);
        fulfilment.store(record);
        uploads.forEach(upload -> fulfilment.store(EvidenceFile.ofRecord(record, upload, limits.maxBytes(), by, now)));
        flush(commitmentId);
        auditTrail.record(AuditAction.CREATE, RECORD_ENTITY, record.getId(),
                AuditSummary.of(AuditEvent.RECORD_WRITTEN, month, commitment.getContent()),
                null, state(record, uploads.size()));
        return dossiers.of(commitment, scope);
    }

    /** Corrects the latest month's record, adding files if given; earlier files stay. */
    public FulfilmentDossier correct(long recordId, long expectedVersion, String note, int progress,
            List<Upload> uploads) {
        AccessScope scope = authorization.currentScope();
        FulfilmentRecord record = fulfilment.findRecord(recordId)
                .orElseThrow(() -> new RuleViolation("fulfilment.recordNotFound", recordId));
        Commitment commitment = access.owned(record.getCommitment().getId(), scope);
        if (record.getVersion() != expectedVersion) {
            throw new StaleEditException("Record " + recordId + " changed meanwhile");
        }
        limits.checkCount(uploads);
        Map<String, Object> before = state(record, 0);
        LocalDateTime now = LocalDateTime.now(clock);
        String by = scope.account().username();
        int previousMonthsProgress = fulfilment.records(commitment).stream()
                .filter(earlier -> earlier.getMonth().isBefore(record.getMonth()))
                .findFirst().map(FulfilmentRecord::getProgress).orElse(0);
        record.correct(note, progress, previousMonthsProgress, by, now);
        uploads.forEach(upload -> fulfilment.store(EvidenceFile.ofRecord(record, upload, limits.maxBytes(), by, now)));
        flush(commitment.getId());
        auditTrail.record(AuditAction.UPDATE, RECORD_ENTITY, recordId,
                AuditSummary.of(AuditEvent.RECORD_REVISED, record.getMonth()), before,
                state(record, uploads.size()));
        return dossiers.of(commitment, scope);
    }

    /** Reports the item done, with evidence; it waits for the reviewer to close it out. */
    public FulfilmentDossier reportCompletion(long commitmentId, long expectedVersion, String evidence,
            List<Upload> uploads) {
        AccessScope scope = authorization.currentScope();
        Commitment commitment = access.owned(commitmentId, scope);
        if (commitment.getVersion() != expectedVersion) {
            throw new StaleEditException("Commitment " + commitmentId + " changed meanwhile");
        }
        limits.checkCount(uploads);
        Map<String, Object> before = commitment.auditState();
        LocalDateTime now = LocalDateTime.now(clock);
        String by = scope.account().username();
        CloseOutReport report = CloseOutReport.of(commitment, evidence, by, now);
        fulfilment.store(report);
        uploads.forEach(upload -> fulfilment.store(EvidenceFile.ofCloseOut(report, upload, limits.maxBytes(), by, now)));
        flush(commitmentId);
        auditTrail.record(AuditAction.UPDATE, COMMITMENT_ENTITY, commitmentId,
                AuditSummary.of(AuditEvent.COMPLETION_REPORTED, commitment.getContent()),
                before, commitment.auditState());
        return dossiers.of(commitment, scope);
    }

    /** The owner reports a rectification made. */
    public FulfilmentDossier reportRectification(long rectificationId, long expectedVersion, String report) {
        AccessScope scope = authorization.currentScope();
        Rectification rectification = fulfilment.findRectification(rectificationId)
                .orElseThrow(() -> new RuleViolation("rectification.notFound", rectificationId));
        Commitment commitment = access.owned(rectification.getCommitment().getId(), scope);
        if (rectification.getVersion() != expectedVersion) {
            throw new StaleEditException("Rectification " + rectificationId + " changed meanwhile");
        }
        rectification.reportDone(report, LocalDateTime.now(clock));
        flush(commitment.getId());
        auditTrail.record(AuditAction.UPDATE, FulfilmentOversight.RECTIFICATION_ENTITY, rectificationId,
                AuditSummary.of(AuditEvent.RECTIFICATION_REPORTED, commitment.getContent()),
                null, Map.of("status", rectification.getStatus(),
                        "report", rectification.getReport()));
        return dossiers.of(commitment, scope);
    }

    /** An evidence file, for whoever may see its item. */
    public EvidenceDownload evidence(long fileId) {
        AccessScope scope = authorization.currentScope();
        EvidenceFile file = fulfilment.findEvidence(fileId)
                .orElseThrow(() -> new RuleViolation("evidence.notFound", fileId));
        access.visible(file.getCommitment().getId(), scope);
        return new EvidenceDownload(file.getFileName(), file.getMediaType(), file.getContent());
    }

    private void flush(long commitmentId) {
        try {
            fulfilment.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Commitment " + commitmentId + " was changed by someone else meanwhile");
        } catch (PersistenceException e) {
            // The month's record was stored by someone else in the meantime: one per month.
            throw new RuleViolation("fulfilment.monthRecordedMeanwhile");
        }
    }

    private static Map<String, Object> state(FulfilmentRecord record, int newFiles) {
        return Map.of("month", record.getMonth().toString(), "note", record.getNote(), "progress",
                record.getProgress(), "newFiles", newFiles);
    }
}
