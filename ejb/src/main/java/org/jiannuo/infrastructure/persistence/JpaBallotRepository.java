package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.domain.model.ballot.BallotRepository;
import org.jiannuo.domain.model.ballot.Occasion;
import org.jiannuo.domain.model.ballot.OccasionOwner;
import org.jiannuo.domain.model.ballot.OccasionSubject;

/**
 * Ballot storage. Receipts, sealed ballots, codes and counts are plain SQL: none of them is an entity
 * (they hold nothing to load one by one), and the statements stay exactly what the engine means them
 * to be: a voter's transaction inserts a receipt (or spends a code) and a sealed ballot, nothing else.
 */
@ApplicationScoped
public class JpaBallotRepository implements BallotRepository {

    /** Rows of counts per INSERT statement (5 parameters each, far below any driver's limit). */
    private static final int COUNT_ROWS_PER_STATEMENT = 1000;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CurrentTenant currentTenant;

    @Override
    public void store(Occasion occasion) {
        entityManager.persist(occasion);
    }

    @Override
    public Optional<Occasion> findOccasion(long id) {
        return Optional.ofNullable(entityManager.find(Occasion.class, id));
    }

    @Override
    public Map<Long, Occasion> findOccasions(Collection<Long> ids) {
        Map<Long, Occasion> byId = new HashMap<>();
        for (List<Long> chunk : Chunks.of(ids)) {
            entityManager.createQuery("SELECT o FROM Occasion o WHERE o.id IN :ids", Occasion.class)
                    .setParameter("ids", chunk).getResultList().forEach(occasion -> byId.put(occasion.getId(), occasion));
        }
        return byId;
    }

    @Override
    public Optional<Occasion> occasionOf(OccasionOwner owner, long ownerId) {
        return entityManager.createQuery("SELECT o FROM Occasion o WHERE o.owner = :owner AND o.ownerId = :id",
                        Occasion.class)
                .setParameter("owner", owner)
                .setParameter("id", ownerId)
                .getResultStream().findFirst();
    }

    @Override
    public Map<Long, Occasion> occasionsOf(OccasionOwner owner, Collection<Long> ownerIds) {
        Map<Long, Occasion> byOwner = new HashMap<>();
        for (List<Long> chunk : Chunks.of(ownerIds)) {
            entityManager.createQuery("SELECT o FROM Occasion o WHERE o.owner = :owner AND o.ownerId IN :ids",
                            Occasion.class)
                    .setParameter("owner", owner)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(occasion -> byOwner.put(occasion.getOwnerId(), occasion));
        }
        return byOwner;
    }

    @Override
    public List<Occasion> occasionsOf(long unitId, int limit) {
        return entityManager.createQuery("SELECT o FROM Occasion o WHERE o.owner = :owner AND o.unit.id = :unit"
                        + " ORDER BY o.id DESC", Occasion.class)
                .setParameter("owner", OccasionOwner.UNIT)
                .setParameter("unit", unitId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void store(OccasionSubject subject) {
        entityManager.persist(subject);
    }

    @Override
    public List<OccasionSubject> subjects(Occasion occasion) {
        return OwnedRows.of(entityManager, OccasionSubject.class, "occasion", occasion, "x.position").getResultList();
    }

    @Override
    public Map<Long, List<String>> subjectKeys(Collection<Occasion> occasions) {
        Map<Long, List<String>> keys = new HashMap<>();
        for (List<Long> chunk : Chunks.of(ids(occasions))) {
            entityManager.createQuery("SELECT x.occasion.id, x.key FROM OccasionSubject x WHERE x.occasion.id IN :ids"
                            + " ORDER BY x.occasion.id, x.position", Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(row -> keys.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        }
        return keys;
    }

    @Override
    public boolean storeReceipt(Occasion occasion, String voterHash) {
        // One statement: a second ballot inserts nothing, also one racing the first (PostgreSQL waits for the
        // first to commit). H2 refuses such a racing duplicate with a key violation instead.
        try {
            return entityManager.createNativeQuery("INSERT INTO ballot_voter (tenant_code, occasion_id, voter_hash)"
                            + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .setParameter(1, currentTenant.code())
                    .setParameter(2, occasion.getId())
                    .setParameter(3, voterHash)
                    .executeUpdate() == 1;
        } catch (PersistenceException duplicate) {
            return false;
        }
    }

    @Override
    public boolean hasReceipt(Occasion occasion, String voterHash) {
        return !entityManager.createNativeQuery("SELECT 1 FROM ballot_voter WHERE tenant_code = ?"
                        + " AND occasion_id = ? AND voter_hash = ?")
                .setParameter(1, currentTenant.code())
                .setParameter(2, occasion.getId())
                .setParameter(3, voterHash)
                .getResultList().isEmpty();
    }

    @Override
    public int countReceipts(Occasion occasion) {
        return count("SELECT COUNT(*) FROM ballot_voter WHERE tenant_code = ? AND occasion_id = ?", occasion);
    }

    @Override
    public Map<Long, Integer> countReceipts(Collection<Occasion> occasions) {
        return countPerOccasion("SELECT occasion_id, COUNT(*) FROM ballot_voter WHERE tenant_code = ?"
                + " AND occasion_id IN (%s) GROUP BY occasion_id", occasions);
    }

    @Override
    public void storeSealed(Occasion occasion, String randomKey, byte[] sealed) {
        entityManager.createNativeQuery("INSERT INTO sealed_ballot (id, tenant_code, occasion_id, sealed)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, randomKey)
                .setParameter(2, currentTenant.code())
                .setParameter(3, occasion.getId())
                .setParameter(4, Base64.getEncoder().encodeToString(sealed))
                .executeUpdate();
    }

    @Override
    public List<byte[]> sealedBallots(Occasion occasion) {
        List<?> rows = entityManager.createNativeQuery("SELECT sealed FROM sealed_ballot WHERE tenant_code = ?"
                        + " AND occasion_id = ?")
                .setParameter(1, currentTenant.code())
                .setParameter(2, occasion.getId())
                .getResultList();
        return rows.stream().map(row -> Base64.getDecoder().decode(((String) row).strip())).toList();
    }

    @Override
    public void deleteSealedBallots(Occasion occasion) {
        entityManager.createNativeQuery("DELETE FROM sealed_ballot WHERE tenant_code = ? AND occasion_id = ?")
                .setParameter(1, currentTenant.code())
                .setParameter(2, occasion.getId())
                .executeUpdate();
    }

    @Override
    public void storeCodes(Occasion occasion, List<String> codeHashes) {
        for (int from = 0; from < codeHashes.size(); from += COUNT_ROWS_PER_STATEMENT) {
            List<String> chunk = codeHashes.subList(from, Math.min(codeHashes.size(), from + COUNT_ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO participation_code (tenant_code, code_hash, occasion_id, spent) VALUES ");
            List<Object> parameters = new ArrayList<>();
            String separator = "";
            for (String hash : chunk) {
                sql.append(separator).append("(?, ?, ?, FALSE)");
                parameters.add(currentTenant.code());
                parameters.add(hash);
                parameters.add(occasion.getId());
                separator = ", ";
            }
            execute(sql.toString(), parameters);
        }
    }

    @Override
    public Optional<Long> occasionOfCode(String codeHash) {
        List<?> rows = entityManager.createNativeQuery("SELECT occasion_id FROM participation_code"
                        + " WHERE tenant_code = ? AND code_hash = ?")
                .setParameter(1, currentTenant.code())
                .setParameter(2, codeHash)
                .getResultList();
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    @Override
    public boolean spendCode(Occasion occasion, String codeHash) {
        return entityManager.createNativeQuery("UPDATE participation_code SET spent = TRUE WHERE tenant_code = ?"
                        + " AND code_hash = ? AND occasion_id = ? AND spent = FALSE")
                .setParameter(1, currentTenant.code())
                .setParameter(2, codeHash)
                .setParameter(3, occasion.getId())
                .executeUpdate() == 1;
    }

    @Override
    public boolean isSpent(Occasion occasion, String codeHash) {
        return !entityManager.createNativeQuery("SELECT 1 FROM participation_code WHERE tenant_code = ?"
                        + " AND code_hash = ? AND occasion_id = ? AND spent = TRUE")
                .setParameter(1, currentTenant.code())
                .setParameter(2, codeHash)
                .setParameter(3, occasion.getId())
                .getResultList().isEmpty();
    }

    @Override
    public int countSpentCodes(Occasion occasion) {
        return count("SELECT COUNT(*) FROM participation_code WHERE tenant_code = ? AND occasion_id = ?"
                + " AND spent = TRUE", occasion);
    }

    @Override
    public Map<Long, Integer> countSpentCodes(Collection<Occasion> occasions) {
        return countPerOccasion("SELECT occasion_id, COUNT(*) FROM participation_code WHERE tenant_code = ?"
                + " AND occasion_id IN (%s) AND spent = TRUE GROUP BY occasion_id", occasions);
    }

    @Override
    public Map<String, Map<String, Integer>> counts(Occasion occasion) {
        List<?> rows = entityManager.createNativeQuery("SELECT subject_key, choice, votes FROM ballot_count"
                        + " WHERE tenant_code = ? AND occasion_id = ? ORDER BY subject_key, choice")
                .setParameter(1, currentTenant.code())
                .setParameter(2, occasion.getId())
                .getResultList();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.computeIfAbsent(((String) columns[0]).strip(), key -> new LinkedHashMap<>())
                    .put(((String) columns[1]).strip(), ((Number) columns[2]).intValue());
        }
        return counts;
    }

    @Override
    public Map<Long, Map<String, Map<String, Integer>>> counts(Collection<Occasion> occasions) {
        Map<Long, Map<String, Map<String, Integer>>> counts = new HashMap<>();
        for (List<Object[]> rows : perOccasion("SELECT occasion_id, subject_key, choice, votes FROM ballot_count"
                + " WHERE tenant_code = ? AND occasion_id IN (%s) ORDER BY occasion_id, subject_key, choice", occasions)) {
            for (Object[] columns : rows) {
                counts.computeIfAbsent(((Number) columns[0]).longValue(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(((String) columns[1]).strip(), key -> new LinkedHashMap<>())
                        .put(((String) columns[2]).strip(), ((Number) columns[3]).intValue());
            }
        }
        return counts;
    }

    @Override
    public void replaceCounts(Occasion occasion, Map<String, Map<String, Integer>> counts) {
        entityManager.createNativeQuery("DELETE FROM ballot_count WHERE tenant_code = ? AND occasion_id = ?")
                .setParameter(1, currentTenant.code())
                .setParameter(2, occasion.getId())
                .executeUpdate();
        List<Object[]> rows = new ArrayList<>();
        counts.forEach((subject, options) -> options.forEach((option, votes) ->
                rows.add(new Object[] {currentTenant.code(), occasion.getId(), subject, option, votes})));
        for (int from = 0; from < rows.size(); from += COUNT_ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + COUNT_ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO ballot_count (tenant_code, occasion_id, subject_key, choice, votes) VALUES ");
            List<Object> parameters = new ArrayList<>();
            String separator = "";
            for (Object[] row : chunk) {
                sql.append(separator).append("(?, ?, ?, ?, ?)");
                parameters.addAll(List.of(row));
                separator = ", ";
            }
            execute(sql.toString(), parameters);
        }
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    private int count(String sql, Occasion occasion) {
        Number count = (Number) entityManager.createNativeQuery(sql)
                .setParameter(1, currentTenant.code())
                .setParameter(2, occasion.getId())
                .getSingleResult();
        return count.intValue();
    }

    private Map<Long, Integer> countPerOccasion(String sql, Collection<Occasion> occasions) {
        Map<Long, Integer> counts = new HashMap<>();
        for (List<Object[]> rows : perOccasion(sql, occasions)) {
            rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
        }
        return counts;
    }

    /**
     * Runs a native query whose {@code %s} takes the occasions' ids, a bounded number per statement; its first
     * parameter is the tenant.
     */
    private List<List<Object[]>> perOccasion(String sql, Collection<Occasion> occasions) {
        List<List<Object[]>> results = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(ids(occasions))) {
            Query query = entityManager.createNativeQuery(String.format(sql,
                    String.join(", ", Collections.nCopies(chunk.size(), "?"))));
            query.setParameter(1, currentTenant.code());
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 2, chunk.get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            for (Object row : query.getResultList()) {
                rows.add((Object[]) row);
            }
            results.add(rows);
        }
        return results;
    }

    private static List<Long> ids(Collection<Occasion> occasions) {
        return occasions.stream().map(Occasion::getId).toList();
    }

    private void execute(String sql, List<Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        query.executeUpdate();
    }
}
