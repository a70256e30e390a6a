package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiannuo.domain.model.appraisal.Grading;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.opinion.Opinion;
import org.jiannuo.domain.model.opinion.OpinionChannel;
import org.jiannuo.domain.model.opinion.OpinionCount;
import org.jiannuo.domain.model.opinion.OpinionFilter;
import org.jiannuo.domain.model.opinion.OpinionRepository;
import org.jiannuo.domain.model.opinion.OpinionRules;
import org.jiannuo.domain.model.opinion.OpinionState;
import org.jiannuo.domain.model.opinion.OpinionTarget;
import org.jiannuo.domain.model.opinion.ProofOfWork;
import org.jiannuo.domain.model.opinion.SpentChallenge;
import org.jiannuo.domain.model.opinion.TargetKind;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.publicity.PublicKey;

@ApplicationScoped
public class JpaOpinionRepository implements OpinionRepository {

    private static final List<OpinionState> AWAITING = List.of(OpinionState.RECEIVED, OpinionState.FORWARDED);

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void store(Opinion opinion) {
        entityManager.persist(opinion);
    }

    @Override
    public void store(OpinionRules rules) {
        entityManager.persist(rules);
    }

    @Override
    public Optional<OpinionRules> rules() {
        return entityManager.createQuery("SELECT r FROM OpinionRules r", OpinionRules.class).getResultStream().findFirst();
    }

    @Override
    public Optional<Opinion> find(long id) {
        return Optional.ofNullable(entityManager.find(Opinion.class, id));
    }

    @Override
    public Optional<?> targetByKey(TargetKind kind, PublicKey key) {
        Class<?> type = switch (kind) {
            case UNIT -> OrgUnit.class;
            case COMMITMENT -> Commitment.class;
            case GRADE -> Grading.class;
        };
        return entityManager.createQuery("SELECT t FROM " + type.getSimpleName() + " t WHERE t.publicKey = :key", type)
                .setParameter("key", key.value()).getResultStream().findFirst();
    }

    @Override
    public Optional<Opinion> findByTrackingHash(String trackingHash) {
        return entityManager.createQuery("SELECT o FROM Opinion o WHERE o.trackingHash = :hash", Opinion.class)
                .setParameter("hash", trackingHash)
                .getResultStream().findFirst();
    }

    @Override
    public long countFromAddressSince(String addressHash, LocalDateTime since) {
        return entityManager.createQuery("SELECT COUNT(o) FROM Opinion o WHERE o.addressHash = :address"
                        + " AND o.receivedAt >= :since", Long.class)
                .setParameter("address", addressHash)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public long countOnTargetSince(OpinionTarget target, LocalDateTime since) {
        String targetColumn = switch (target.kind()) {
            case UNIT -> "o.targetUnit = :target";
            case COMMITMENT -> "o.targetCommitment = :target";
            case GRADE -> "o.targetGrading = :target";
        };
        Object targetEntity = switch (target.kind()) {
            case UNIT -> target.unit();
            case COMMITMENT -> target.commitment();
            case GRADE -> target.grading();
        };
        return entityManager.createQuery("SELECT COUNT(o) FROM Opinion o WHERE " + targetColumn
                        + " AND o.channel = :board AND o.receivedAt >= :since", Long.class)
                .setParameter("target", targetEntity)
                .setParameter("board", OpinionChannel.BOARD)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public List<Opinion> search(OpinionFilter filter, int first, int max) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Opinion> query = builder.createQuery(Opinion.class);
        Root<Opinion> opinion = query.from(Opinion.class);
        query.select(opinion).where(conditions(filter, builder, opinion))
                .orderBy(builder.asc(opinion.get("deadline")), builder.asc(opinion.get("id")));
        return entityManager.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(OpinionFilter filter) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<Opinion> opinion = query.from(Opinion.class);
        query.select(builder.count(opinion)).where(conditions(filter, builder, opinion));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static Predicate[] conditions(OpinionFilter filter, CriteriaBuilder builder, Root<Opinion> opinion) {
        List<Predicate> conditions = new ArrayList<>();
        filter.subtreePaths().ifPresent(paths -> conditions.add(builder.or(paths.stream()
                .map(path -> builder.like(opinion.get("handler").<String>get("treePath"), path + "%"))
                .toArray(Predicate[]::new))));
        if (filter.state() != null) {
            conditions.add(builder.equal(opinion.get("state"), filter.state()));
        }
        if (filter.overdueOnly()) {
            conditions.add(opinion.get("state").in(AWAITING));
            conditions.add(builder.lessThan(opinion.get("deadline"), filter.today()));
        }
        return conditions.toArray(Predicate[]::new);
    }

    @Override
    public List<OpinionCount> countByCommittee(LocalDate today) {
        List<Object[]> committees = entityManager.createQuery("SELECT c.id, c.name FROM OrgUnit c"
                + " WHERE c.parent IS NULL AND c.dissolvedOn IS NULL ORDER BY c.id", Object[].class).getResultList();
        Map<Long, Long> open = counts(entityManager.createQuery("SELECT c.id, COUNT(o) FROM OrgUnit c, Opinion o"
                        + " WHERE c.parent IS NULL AND o.handler.treePath LIKE CONCAT(c.treePath, '%')"
                        + " AND o.state <> :closed GROUP BY c.id", Object[].class)
                .setParameter("closed", OpinionState.CLOSED).getResultList());
        Map<Long, Long> overdue = counts(entityManager.createQuery("SELECT c.id, COUNT(o) FROM OrgUnit c, Opinion o"
                        + " WHERE c.parent IS NULL AND o.handler.treePath LIKE CONCAT(c.treePath, '%')"
                        + " AND o.state IN :awaiting AND o.deadline < :today GROUP BY c.id", Object[].class)
                .setParameter("awaiting", AWAITING).setParameter("today", today).getResultList());
        return committees.stream().map(row -> new OpinionCount((Long) row[0], (String) row[1],
                open.getOrDefault((Long) row[0], 0L), overdue.getOrDefault((Long) row[0], 0L))).toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public boolean spend(ProofOfWork.Solved solved, Instant now) {
        entityManager.createQuery("DELETE FROM SpentChallenge s WHERE s.expiresAt < :now").setParameter("now", now.getEpochSecond())
                .executeUpdate();
        if (entityManager.find(SpentChallenge.class, solved.challenge()) != null) {
            return false;
        }
        entityManager.persist(new SpentChallenge(solved));
        entityManager.flush();
        return true;
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
