package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.stars.FollowUpRepository;
import org.jiannuo.domain.model.stars.HelpRecord;
import org.jiannuo.domain.model.stars.LaggingMember;
import org.jiannuo.domain.model.stars.ReserveCadre;
import org.jiannuo.domain.model.stars.StarFollowUpRules;

/** The star follow-up's rows; every query runs inside the caller's tenant. */
@ApplicationScoped
public class JpaFollowUpRepository implements FollowUpRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public StarFollowUpRules followUpRules() {
        return entityManager.createQuery("SELECT r FROM StarFollowUpRules r", StarFollowUpRules.class)
                .getResultStream().findFirst().orElseGet(StarFollowUpRules::new);
    }

    @Override
    public void store(Object entity) {
        entityManager.persist(entity);
    }

    @Override
    public Optional<ReserveCadre> reserve(Person person, int year) {
        return entityManager.createQuery("SELECT r FROM ReserveCadre r WHERE r.person = :person AND r.year = :year",
                ReserveCadre.class).setParameter("person", person).setParameter("year", year)
                .getResultStream().findFirst();
    }

    @Override
    public List<ReserveCadre> reservesUnder(OrgUnit unit, int year) {
        return entityManager.createQuery("SELECT r FROM ReserveCadre r JOIN FETCH r.person JOIN r.unit u"
                + " WHERE u.treePath LIKE :path AND r.year = :year", ReserveCadre.class)
                .setParameter("path", unit.getTreePath() + "%").setParameter("year", year).getResultList();
    }

    @Override
    public Optional<LaggingMember> lagging(Person person, int year) {
        return entityManager.createQuery("SELECT l FROM LaggingMember l WHERE l.person = :person AND l.year = :year",
                LaggingMember.class).setParameter("person", person).setParameter("year", year)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<LaggingMember> findLagging(long id) {
        return Optional.ofNullable(entityManager.find(LaggingMember.class, id));
    }

    @Override
    public List<LaggingMember> laggingUnder(OrgUnit unit, int year) {
        return entityManager.createQuery("SELECT l FROM LaggingMember l JOIN FETCH l.person JOIN FETCH l.helper"
                + " JOIN l.unit u WHERE u.treePath LIKE :path AND l.year = :year", LaggingMember.class)
                .setParameter("path", unit.getTreePath() + "%").setParameter("year", year).getResultList();
    }

    @Override
    public List<HelpRecord> helpOf(LaggingMember lagging) {
        return entityManager.createQuery("SELECT h FROM HelpRecord h JOIN FETCH h.helper WHERE h.lagging = :lagging"
                + " ORDER BY h.helpedOn DESC, h.id DESC", HelpRecord.class)
                .setParameter("lagging", lagging).getResultList();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
