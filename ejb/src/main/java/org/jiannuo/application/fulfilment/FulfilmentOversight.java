package org.jiannuo.application.fulfilment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.commitment.CommitmentAccess;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.publicity.BoardStamps;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.fulfilment.CloseOutOutcome;
import org.jiannuo.domain.model.fulfilment.CloseOutReport;
import org.jiannuo.domain.model.fulfilment.FulfilmentRepository;
import org.jiannuo.domain.model.fulfilment.QuarterAssessment;
import org.jiannuo.domain.model.fulfilment.QuarterlyCheck;
import org.jiannuo.domain.model.fulfilment.Rectification;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The reviewer's side of fulfilment: the quarterly check, the verification of a completion
 * report (close-out or send back), and rectifications with their deadlines.
 */
@Stateless
@TenantScoped
public class FulfilmentOversight {

    static final String RECTIFICATION_ENTITY = "Rectification";
    static final String CHECK_ENTITY = "QuarterlyCheck";

    @Inject
    BoardStamps boardStamps;

    @Inject
    Authorization authorization;

    @Inject
    CommitmentAccess access;

    @Inject
    FulfilmentRepository fulfilment;

    @Inject
    DossierAssembler dossiers;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    /** Checks the item for a quarter; checking the same quarter again revises the verdict. */
    public FulfilmentDossier checkQuarter(long commitmentId, int year, int quarter, QuarterAssessment assessment,
            String note) {
        AccessScope scope = authorization.currentScope();
        Commitment commitment = access.reviewable(commitmentId, scope);
        LocalDateTime now = LocalDateTime.now(clock);
        String by = scope.account().username();
        Optional<QuarterlyCheck> existing = fulfilment.check(commitment, year, quarter);
        Map<String, Object> before = existing.map(FulfilmentOversight::state).orElse(null);
        QuarterlyCheck check;
        if (existing.isPresent()) {
            check = existing.get();
            check.revise(assessment, note, by, now);
        } else {
            check = QuarterlyCheck.of(commitment, year, quarter, assessment, note, by, now);
            fulfilment.store(check);
        }
        flush(commitmentId);
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, CHECK_ENTITY, check.getId(),
                year + " 年第 " + quarter + " 季度检查：" + commitment.getContent(), before, state(check));
        return dossiers.of(commitment, scope);
    }

    /**
     * Closes the item out or sends it back, on the completion report the reviewer saw. Two
     * reviewers verifying at once: one verdict is kept, the other is refused as stale.
     */
    public FulfilmentDossier verifyCompletion(long commitmentId, long expectedVersion, CloseOutOutcome outcome,
            String reason) {
        AccessScope scope = authorization.currentScope();
        Commitment commitment = access.reviewable(commitmentId, scope);
        if (commitment.getVersion() != expectedVersion) {
            throw new StaleEditException("Commitment " + commitmentId + " changed since the reviewer opened it");
        }
        CloseOutReport report = fulfilment.closeOutReports(commitment).stream().findFirst()
                .orElseThrow(() -> new RuleViolation("closeOut.notReported", commitment.getStatus()));
        Map<String, Object> before = commitment.auditState();
        report.verify(outcome, reason, fulfilment.hasUnsettledRectification(commitment), scope.account().username(),
                LocalDateTime.now(clock));
        flush(commitmentId);
        boardStamps.touch();
        auditTrail.record(AuditAction.UPDATE, FulfilmentRecords.COMMITMENT_ENTITY, commitmentId,
                (outcome == CloseOutOutcome.CLOSED ? "销号：" : "退回完成报告：") + commitment.getContent(), before,
                commitment.auditState());
        return dossiers.of(commitment, scope);
    }

    /** Orders a rectification of a late or weak item, to be made by the deadline. */
    public FulfilmentDossier orderRectification(long commitmentId, String reason, LocalDate deadline) {
        AccessScope scope = authorization.currentScope();
        Commitment commitment = access.reviewable(commitmentId, scope);
        Rectification rectification = Rectification.order(commitment, reason, deadline, scope.account().username(),
                LocalDateTime.now(clock));
        fulfilment.store(rectification);
        flush(commitmentId);
        auditTrail.record(AuditAction.CREATE, RECTIFICATION_ENTITY, rectification.getId(),
                "责令整改：" + commitment.getContent(), null, state(rectification));
        return dossiers.of(commitment, scope);
    }

    /** Accepts a reported rectification, or reopens it saying what is still missing. */
    public FulfilmentDossier decideRectification(long rectificationId, long expectedVersion, boolean accept,
            String reason) {
        AccessScope scope = authorization.currentScope();
        Rectification rectification = fulfilment.findRectification(rectificationId)
                .orElseThrow(() -> new RuleViolation("rectification.notFound", rectificationId));
        Commitment commitment = access.reviewable(rectification.getCommitment().getId(), scope);
        if (rectification.getVersion() != expectedVersion) {
            throw new StaleEditException("Rectification " + rectificationId + " changed meanwhile");
        }
        Map<String, Object> before = state(rectification);
        rectification.decide(accept, reason, scope.account().username(), LocalDateTime.now(clock));
        flush(commitment.getId());
        auditTrail.record(AuditAction.UPDATE, RECTIFICATION_ENTITY, rectificationId,
                (accept ? "整改通过：" : "整改退回：") + commitment.getContent(), before, state(rectification));
        return dossiers.of(commitment, scope);
    }

    private void flush(long commitmentId) {
        try {
            fulfilment.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Commitment " + commitmentId + " was changed by someone else meanwhile");
        } catch (PersistenceException e) {
            throw new StaleEditException("Commitment " + commitmentId + " was checked by someone else meanwhile");
        }
    }

    private static Map<String, Object> state(QuarterlyCheck check) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", check.getYear());
        state.put("quarter", check.getQuarter());
        state.put("assessment", check.getAssessment());
        state.put("note", check.getNote());
        return state;
    }

    private static Map<String, Object> state(Rectification rectification) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("reason", rectification.getReason());
        state.put("deadline", rectification.getDeadline().toString());
        state.put("status", rectification.getStatus());
        state.put("report", rectification.getReport());
        state.put("reopenReason", rectification.getReopenReason());
        return state;
    }
}
