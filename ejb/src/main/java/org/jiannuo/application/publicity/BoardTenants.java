package org.jiannuo.application.publicity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jiannuo.domain.model.publicity.PublicKey;
import org.jiannuo.domain.model.tenant.Tenant;
import org.jiannuo.domain.model.tenant.TenantStatus;

/**
 * Finds the tenant behind a board's public key, with its board stamp. Every board request asks, so a
 * node keeps what it read for a second: a change made on another node of a cluster reaches this one's
 * board within that second; one made on this node reaches it at once, since the change forgets it here.
 * Suspended tenants and the platform have no board.
 */
@ApplicationScoped
public class BoardTenants {

    static final Duration REMEMBERED_FOR = Duration.ofSeconds(1);
    private static final int MOST_REMEMBERED = 10_000;

    /** A tenant as the board knows it. */
    public record BoardTenant(String key, String code, String name, long stamp) {
    }

    private record Read(BoardTenant tenant, Instant at) {
    }

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Read> remembered = new ConcurrentHashMap<>();

    public Optional<BoardTenant> find(String key) {
        Optional<PublicKey> publicKey = PublicKey.parse(key);
        if (publicKey.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Read read = remembered.get(key);
        if (read != null && read.at().plus(REMEMBERED_FOR).isAfter(now)) {
            return Optional.of(read.tenant());
        }
        Optional<BoardTenant> found = entityManager.createQuery("SELECT t.code, t.name, t.boardStamp FROM Tenant t"
                        + " WHERE t.publicKey = :key AND t.status = :active AND t.code <> :platform", Object[].class)
                .setParameter("key", publicKey.get().value()).setParameter("active", TenantStatus.ACTIVE)
                .setParameter("platform", Tenant.PLATFORM_CODE)
                .getResultStream().findFirst()
                .map(r -> new BoardTenant(key, (String) r[0], (String) r[1], ((Number) r[2]).longValue()));
        if (found.isPresent()) {
            if (remembered.size() > MOST_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(key, new Read(found.get(), now));
        }
        return found;
    }

    /** The running transaction changes this tenant's board: forget it now and once more when it ends. */
    void forget(String tenantCode) {
        forgetNow(tenantCode);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before: what matters is that nobody remembers the old stamp after.
            }

            @Override
            public void afterCompletion(int status) {
                forgetNow(tenantCode);
            }
        });
    }

    private void forgetNow(String tenantCode) {
        remembered.values().removeIf(read -> read.tenant().code().equals(tenantCode));
    }
}
