package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.delivery.Delivery;
import org.jiannuo.domain.model.delivery.DeliveryRepository;
import org.jiannuo.domain.model.delivery.DeliveryRun;
import org.jiannuo.domain.model.delivery.MailState;
import org.jiannuo.domain.model.delivery.Recipient;
import org.jiannuo.domain.model.delivery.RunState;
import org.jiannuo.domain.model.delivery.Subscription;
import org.jiannuo.domain.model.organization.Appointment;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.organization.Post;
import org.jiannuo.domain.model.person.Person;

/** Subscriptions, runs and deliveries; a subscription's recipients read from the posts as they are now. */
@ApplicationScoped
public class JpaDeliveryRepository implements DeliveryRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void store(Subscription subscription) {
        entityManager.persist(subscription);
    }

    @Override
    public Optional<Subscription> findSubscription(long id) {
        return Optional.ofNullable(entityManager.find(Subscription.class, id));
    }

    @Override
    public List<Subscription> subscriptions() {
        return entityManager.createQuery("SELECT s FROM Subscription s ORDER BY s.id", Subscription.class)
                .getResultList();
    }

    @Override
    public void store(DeliveryRun run) {
        entityManager.persist(run);
    }

    @Override
    public Optional<DeliveryRun> findRun(long id) {
        return Optional.ofNullable(entityManager.find(DeliveryRun.class, id));
    }

    @Override
    public Optional<DeliveryRun> run(Subscription subscription, String period) {
        return entityManager.createQuery("SELECT r FROM DeliveryRun r WHERE r.subscription = :subscription"
                + " AND r.period = :period", DeliveryRun.class)
                .setParameter("subscription", subscription).setParameter("period", period)
                .getResultStream().findFirst();
    }

    @Override
    public boolean takeUp(long runId, LocalDateTime staleBefore, LocalDateTime now) {
        return entityManager.createQuery("UPDATE DeliveryRun r SET r.heartbeatAt = :now, r.version = r.version + 1"
                + " WHERE r.id = :id AND r.state = :running AND (r.heartbeatAt IS NULL OR r.heartbeatAt <= :stale)")
                .setParameter("now", now).setParameter("id", runId).setParameter("running", RunState.RUNNING)
                .setParameter("stale", staleBefore).executeUpdate() == 1;
    }

    @Override
    public List<DeliveryRun> unfinishedRuns() {
        return entityManager.createQuery("SELECT r FROM DeliveryRun r JOIN FETCH r.subscription"
                + " WHERE r.state <> :completed ORDER BY r.id", DeliveryRun.class)
                .setParameter("completed", RunState.COMPLETED).getResultList();
    }

    @Override
    public List<DeliveryRun> latestRuns(int limit) {
        return entityManager.createQuery("SELECT r FROM DeliveryRun r JOIN FETCH r.subscription ORDER BY r.id DESC",
                DeliveryRun.class).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Recipient> holders(Role audience) {
        Stream<Holder> holders = switch (audience) {
            case LEADER -> entityManager.createQuery("SELECT p FROM Post p JOIN FETCH p.person JOIN FETCH p.unit u"
                    + " WHERE p.kind = :leader AND u.dissolvedOn IS NULL AND p.person.departedOn IS NULL", Post.class)
                    .setParameter("leader", Appointment.LEADER).getResultStream()
                    .map(post -> new Holder(post.getPerson(), post.getUnit()));
            case BRANCH_SECRETARY, COMMITTEE_SECRETARY -> entityManager.createQuery("SELECT u FROM OrgUnit u"
                    + " JOIN FETCH u.secretary s WHERE u.dissolvedOn IS NULL AND s.departedOn IS NULL"
                    + " AND u.type " + (audience == Role.BRANCH_SECRETARY ? "=" : "<>") + " :branch", OrgUnit.class)
                    .setParameter("branch", OrgUnitType.BRANCH).getResultStream()
                    .map(unit -> new Holder(unit.getSecretary(), unit));
            default -> Stream.empty();
        };
        List<Holder> all = holders.toList();
        Map<Long, String> languages = languagesOf(all.stream().map(holder -> holder.person().getId()).toList());
        return all.stream().map(holder -> new Recipient(holder.person().getId(), holder.person().getName(),
                holder.person().getEmail(), languages.get(holder.person().getId()), audience, holder.unit().getId(),
                holder.unit().getName())).sorted(Comparator.comparing(Recipient::key)).toList();
    }

    private Map<Long, String> languagesOf(List<Long> personIds) {
        Map<Long, String> languages = new HashMap<>();
        if (!personIds.isEmpty()) {
            entityManager.createQuery("SELECT a.person.id, a.language FROM UserAccount a WHERE a.person.id IN :ids",
                    Object[].class).setParameter("ids", personIds).getResultList()
                    .forEach(row -> languages.put((Long) row[0], (String) row[1]));
        }
        return languages;
    }

    private record Holder(Person person, OrgUnit unit) {
    }

    @Override
    public boolean delivered(Subscription subscription, String period, String recipientKey) {
        return entityManager.createQuery("SELECT COUNT(d) FROM Delivery d WHERE d.subscription = :subscription"
                + " AND d.period = :period AND d.recipientKey = :key", Long.class)
                .setParameter("subscription", subscription).setParameter("period", period)
                .setParameter("key", recipientKey).getSingleResult() > 0;
    }

    @Override
    public void store(Delivery delivery) {
        entityManager.persist(delivery);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public Optional<Delivery> findDelivery(long id) {
        return Optional.ofNullable(entityManager.find(Delivery.class, id));
    }

    @Override
    public List<Delivery> deliveriesTo(long personId, int first, int size) {
        return entityManager.createQuery("SELECT d FROM Delivery d JOIN FETCH d.unit WHERE d.recipient.id = :person"
                + " ORDER BY d.deliveredAt DESC, d.id DESC", Delivery.class)
                .setParameter("person", personId).setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long countDeliveriesTo(long personId) {
        return entityManager.createQuery("SELECT COUNT(d) FROM Delivery d WHERE d.recipient.id = :person", Long.class)
                .setParameter("person", personId).getSingleResult();
    }

    @Override
    public long countUnreadTo(long personId) {
        return entityManager.createQuery("SELECT COUNT(d) FROM Delivery d WHERE d.recipient.id = :person"
                + " AND d.readAt IS NULL", Long.class).setParameter("person", personId).getSingleResult();
    }

    @Override
    public boolean claimMail(long deliveryId, LocalDateTime now) {
        return entityManager.createQuery("UPDATE Delivery d SET d.mailState = :sending, d.version = d.version + 1"
                + " WHERE d.id = :id AND d.mailState IN :open AND d.nextMailAt <= :now")
                .setParameter("sending", MailState.SENDING).setParameter("id", deliveryId)
                .setParameter("open", List.of(MailState.PENDING, MailState.FAILED)).setParameter("now", now)
                .executeUpdate() == 1;
    }

    @Override
    public void mailSent(long deliveryId, LocalDateTime now) {
        entityManager.createQuery("UPDATE Delivery d SET d.mailState = :sent, d.mailedAt = :now,"
                + " d.mailAttempts = d.mailAttempts + 1, d.nextMailAt = NULL, d.version = d.version + 1"
                + " WHERE d.id = :id")
                .setParameter("sent", MailState.SENT).setParameter("now", now).setParameter("id", deliveryId)
                .executeUpdate();
    }

    @Override
    public void mailFailed(long deliveryId, int attempts, MailState state, LocalDateTime nextAttempt) {
        entityManager.createQuery("UPDATE Delivery d SET d.mailState = :state, d.mailAttempts = :attempts,"
                + " d.nextMailAt = :next, d.version = d.version + 1 WHERE d.id = :id")
                .setParameter("state", state).setParameter("attempts", attempts).setParameter("next", nextAttempt)
                .setParameter("id", deliveryId).executeUpdate();
    }

    @Override
    public List<Long> mailsDue(LocalDateTime now, int limit) {
        return entityManager.createQuery("SELECT d.id FROM Delivery d WHERE d.mailState IN :open"
                + " AND d.nextMailAt <= :now ORDER BY d.id", Long.class)
                .setParameter("open", List.of(MailState.PENDING, MailState.FAILED)).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }
}
