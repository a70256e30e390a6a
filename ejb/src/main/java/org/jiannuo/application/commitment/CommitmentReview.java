package org.jiannuo.application.commitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.publicity.BoardStamps;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.commitment.CommitmentRevision;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.commitment.ReviewDecision;
import org.jiannuo.domain.model.commitment.ReviewOutcome;

/**
 * The reviewer's side: a branch reviews its members' commitments, a superior its organizations'.
 * Each decision records who, when and why; an approved item is registered in the ledger and can
 * then be published.
 */
@Stateless
@TenantScoped
public class CommitmentReview {

    @Inject
    BoardStamps boardStamps;

    @Inject
    Authorization authorization;

    @Inject
    CommitmentRepository commitments;

    @Inject
    ReviewQueueQuery queue;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CommitmentAccess access;

    private final Clock clock = Clock.systemDefaultZone();

    public List<ReviewQueueItem> queue(CommitmentStatus status, int year, int first, int size) {
        AccessScope scope = authorization.currentScope();
        return queue.page(scope, status, year, first, size).stream().map(ReviewQueueItem::of).toList();
    }

    /** Items that went late and are not done: the secretary's overdue list. */
    public List<ReviewQueueItem> overdue(int year, int first, int size) {
        AccessScope scope = authorization.currentScope();
        return queue.overduePage(scope, year, first, size).stream().map(ReviewQueueItem::of).toList();
    }

    public long overdueCount(int year) {
        return queue.overdueCount(authorization.currentScope(), year);
    }

    public Map<CommitmentStatus, Long> counts(int year) {
        return queue.counts(authorization.currentScope(), year);
    }

    /**
     * Decides on the revision the reviewer saw. When two reviewers decide the same item at once,
     * one decision is recorded and the other is refused as stale; neither overwrites the other.
     */
    public CommitmentView decide(long commitmentId, long expectedVersion, ReviewOutcome outcome, String reason) {
        AccessScope scope = authorization.currentScope();
        Commitment commitment = access.reviewable(commitmentId, scope);
        if (commitment.getVersion() != expectedVersion) {
            throw new StaleEditException("Commitment " + commitmentId + " changed since the reviewer opened it");
        }
        Map<String, Object> before = commitment.auditState();
        ReviewDecision decision = commitment.decide(outcome, reason, scope.account().username(), LocalDateTime.now(clock));
        commitments.store(decision);
        auditTrail.record(AuditAction.UPDATE, CommitmentBook.ENTITY_TYPE, commitmentId,
                "审核承诺（" + outcome + "）：" + commitment.getContent(), before, commitment.auditState());
        try {
            commitments.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Commitment " + commitmentId + " was decided by someone else meanwhile");
        } catch (PersistenceException e) {
            // The database keeps one decision per revision: the other reviewer's came first.
            throw new StaleEditException("Commitment " + commitmentId + " revision " + commitment.getRevision()
                    + " was decided by someone else meanwhile");
        }
        return CommitmentView.of(commitment, decision.getReason());
    }

    /** Publishes registered items on today's date; each must be one the caller reviews. */
    public List<CommitmentView> publish(List<Long> commitmentIds) {
        AccessScope scope = authorization.currentScope();
        LocalDate today = LocalDate.now(clock);
        boardStamps.touch();
        return commitmentIds.stream().map(id -> {
            Commitment commitment = access.reviewable(id, scope);
            Map<String, Object> before = commitment.auditState();
            commitment.publish(today);
            auditTrail.record(AuditAction.UPDATE, CommitmentBook.ENTITY_TYPE, id, "公开承诺：" + commitment.getContent(),
                    before, commitment.auditState());
            return CommitmentView.of(commitment, null);
        }).toList();
    }

    /** Every submitted version of the item, the first first, with the decision taken on each. */
    public List<RevisionView> history(long commitmentId) {
        AccessScope scope = authorization.currentScope();
        Commitment commitment = access.visible(commitmentId, scope);
        List<ReviewDecision> decisions = commitments.decisions(commitment);
        return commitments.revisions(commitment).stream()
                .map(revision -> RevisionView.of(revision, decisions.stream()
                        .filter(decision -> decision.getRevision() == revision.getRevision()).findFirst().orElse(null)))
                .toList();
    }

    /** One submitted version and the decision on it, if one was taken. */
    public record RevisionView(int revision, String category, String content, String measures, LocalDate dueDate,
            LocalDateTime submittedAt, String submittedBy, ReviewOutcome outcome, String reason, String reviewer,
            LocalDateTime decidedAt) implements java.io.Serializable {

        static RevisionView of(CommitmentRevision revision, ReviewDecision decision) {
            return new RevisionView(revision.getRevision(), revision.getCategory(), revision.getContent(),
                    revision.getMeasures(), revision.getDueDate(), revision.getSubmittedAt(), revision.getSubmittedBy(),
                    decision == null ? null : decision.getOutcome(), decision == null ? null : decision.getReason(),
                    decision == null ? null : decision.getReviewer(), decision == null ? null : decision.getDecidedAt());
        }
    }
}
