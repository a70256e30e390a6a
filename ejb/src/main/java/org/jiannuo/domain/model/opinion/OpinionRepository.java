package org.jiannuo.domain.model.opinion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jiannuo.domain.model.publicity.PublicKey;

/** Opinions, the department's opinion rules and spent challenges, in the current tenant. */
public interface OpinionRepository {

    void store(Opinion opinion);

    void store(OpinionRules rules);

    Optional<OpinionRules> rules();

    /** The rules in force: the tenant's, or the defaults. */
    default OpinionRules rulesInForce() {
        return rules().orElseGet(OpinionRules::defaults);
    }

    Optional<Opinion> find(long id);

    /** What a board page's public key names, of the kind given; nothing for a malformed or unknown key. */
    Optional<?> targetByKey(TargetKind kind, PublicKey key);

    /** Found through the unique index on the hash. */
    Optional<Opinion> findByTrackingHash(String trackingHash);

    /** Opinions left from the board from this address since the given time. */
    long countFromAddressSince(String addressHash, LocalDateTime since);

    /** Opinions left from the board on this target since the given time. */
    long countOnTargetSince(OpinionTarget target, LocalDateTime since);

    /** A page of the filter's opinions, oldest deadline first. */
    List<Opinion> search(OpinionFilter filter, int first, int max);

    long count(OpinionFilter filter);

    /** Open and overdue opinions per top-level committee, over each committee's subtree. */
    List<OpinionCount> countByCommittee(LocalDate today);

    /** Records a challenge's single use; false when it was used before. Forgets the expired ones. */
    boolean spend(ProofOfWork.Solved solved, Instant now);

    void flush();
}
