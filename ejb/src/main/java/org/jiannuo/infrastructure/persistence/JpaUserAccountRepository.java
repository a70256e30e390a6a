package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiannuo.domain.model.account.ApiToken;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.account.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    /** Ids per IN list: well below what either database accepts. */
    private static final int IN_LIST = 1000;

    /**
     * An account's person with the person's unit, and the account's own unit, read in the same statement as the
     * account {@code a}. Written into the query rather than given as fetch hints: a hint makes EclipseLink prepare
     * the cached query again on every run, SQL generation included, and these run on every request of a session.
     */
    private static final String WHAT_GRANTS_NEED =
            " LEFT JOIN FETCH a.person p LEFT JOIN FETCH p.orgUnit LEFT JOIN FETCH a.orgUnit";

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(entityManager.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findForGrants(long id) {
        return entityManager.createQuery("SELECT a FROM UserAccount a" + WHAT_GRANTS_NEED + " WHERE a.id = :id",
                        UserAccount.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return entityManager.createQuery("SELECT a FROM UserAccount a WHERE a.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> findByMobile(String mobile) {
        List<UserAccount> found = entityManager.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.person.phone = :mobile", UserAccount.class)
                .setParameter("mobile", mobile)
                .setMaxResults(2)
                .getResultList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    public Optional<UserAccount> findByPerson(long personId) {
        return entityManager.createQuery("SELECT a FROM UserAccount a WHERE a.person.id = :person", UserAccount.class)
                .setParameter("person", personId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean isTaken(String username) {
        return !entityManager.createQuery("SELECT a.id FROM UserAccount a WHERE a.username = :username", Long.class)
                .setParameter("username", username)
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Set<Long> peopleWithAccounts(Collection<Long> personIds) {
        Set<Long> found = new HashSet<>();
        List<Long> ids = new ArrayList<>(personIds);
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            found.addAll(entityManager.createQuery(
                            "SELECT a.person.id FROM UserAccount a WHERE a.person.id IN :ids", Long.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public void store(UserAccount account) {
        entityManager.persist(account);
    }

    @Override
    public int countFailedLogin(long accountId) {
        entityManager.createQuery("UPDATE UserAccount a SET a.failedLogins = a.failedLogins + 1 WHERE a.id = :id")
                .setParameter("id", accountId)
                .executeUpdate();
        return entityManager.createQuery("SELECT a.failedLogins FROM UserAccount a WHERE a.id = :id", Integer.class)
                .setParameter("id", accountId)
                .getSingleResult();
    }

    @Override
    public void noteLogin(long accountId, LocalDateTime now) {
        entityManager.createQuery("UPDATE UserAccount a SET a.failedLogins = 0, a.lockedUntil = NULL,"
                        + " a.lastLoginAt = :now WHERE a.id = :id")
                .setParameter("now", now)
                .setParameter("id", accountId)
                .executeUpdate();
    }

    @Override
    public void noteTokenUse(long tokenId, LocalDateTime now, LocalDateTime since) {
        entityManager.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id"
                        + " AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :since)")
                .setParameter("now", now)
                .setParameter("since", since)
                .setParameter("id", tokenId)
                .executeUpdate();
    }

    @Override
    public void delayLoginsUntil(long accountId, LocalDateTime until) {
        entityManager.createQuery("UPDATE UserAccount a SET a.lockedUntil = :until WHERE a.id = :id")
                .setParameter("until", until)
                .setParameter("id", accountId)
                .executeUpdate();
    }

    @Override
    public List<UserAccount> findAll(Collection<Long> ids) {
        List<UserAccount> found = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            found.addAll(entityManager.createQuery("SELECT a FROM UserAccount a WHERE a.id IN :ids", UserAccount.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IN_LIST)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public void store(ApiToken token) {
        entityManager.persist(token);
    }

    @Override
    public Optional<ApiToken> findToken(long id) {
        return Optional.ofNullable(entityManager.find(ApiToken.class, id));
    }

    @Override
    public Optional<ApiToken> findTokenBySecretHash(String secretHash) {
        return entityManager.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.account a" + WHAT_GRANTS_NEED
                        + " WHERE t.secretHash = :hash", ApiToken.class)
                .setParameter("hash", secretHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiToken> tokensOf(long accountId) {
        return entityManager.createQuery("SELECT t FROM ApiToken t WHERE t.account.id = :account ORDER BY t.id DESC",
                        ApiToken.class)
                .setParameter("account", accountId)
                .getResultList();
    }
}
