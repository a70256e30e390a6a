package org.jiannuo.application.opinion;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jiannuo.application.publicity.BoardNotFoundException;
import org.jiannuo.application.publicity.BoardTenants;
import org.jiannuo.application.tenancy.TenantContext;
import org.jiannuo.domain.model.opinion.ProofOfWork;
import org.jiannuo.domain.model.opinion.TargetKind;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The suggestion box's door on the public board, open to anyone: the tenant's public key names the tenant, and
 * each call runs in it, in a transaction of its own (as the board's own door does). An unknown tenant key ends in
 * {@link BoardNotFoundException}, like every other unknown key of the board.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicOpinionBox {

    @EJB
    PublicOpinions opinions;

    @Inject
    BoardTenants tenants;

    @Inject
    Challenges challenges;

    /** A fresh challenge for a form; nothing is stored until a solution comes back. */
    public ProofOfWork.Challenge challenge() {
        return challenges.issue();
    }

    /** What an opinion form on this board page would be about; empty when the board shows no such thing. */
    public Optional<BoxTarget> target(String tenantKey, TargetKind kind, String targetKey) {
        try {
            return Optional.of(in(tenantKey, () -> opinions.target(kind, targetKey)));
        } catch (BoardNotFoundException | RuleViolation e) {
            return Optional.empty();
        }
    }

    public OpinionReceipt leave(String tenantKey, BoardOpinion opinion, String solution, String address) {
        return in(tenantKey, () -> opinions.leave(opinion, solution, address));
    }

    public PublicReply read(String tenantKey, String trackingCode) {
        return in(tenantKey, () -> opinions.read(trackingCode));
    }

    private <T> T in(String tenantKey, Callable<T> work) {
        String tenant = tenants.find(tenantKey).orElseThrow(BoardNotFoundException::new).code();
        try {
            return TenantContext.callAs(tenant, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
