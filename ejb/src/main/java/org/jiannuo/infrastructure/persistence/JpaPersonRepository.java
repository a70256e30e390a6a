package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.domain.model.person.Membership;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void store(Person person) {
        entityManager.persist(person);
    }

    @Override
    public void storeAll(List<Person> people) {
        people.forEach(entityManager::persist);
        entityManager.flush();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public Optional<Person> find(long id) {
        return Optional.ofNullable(entityManager.find(Person.class, id));
    }

    @Override
    public List<Person> inUnit(long unitId) {
        return entityManager.createQuery("SELECT p FROM Person p WHERE p.orgUnit.id = :unit AND p.departedOn IS NULL"
                        + " ORDER BY p.id", Person.class)
                .setParameter("unit", unitId)
                .getResultList();
    }

    @Override
    public Map<Long, Integer> countInUnits(Collection<Long> unitIds) {
        Map<Long, Integer> counts = new HashMap<>();
        for (List<Long> chunk : Chunks.of(unitIds)) {
            entityManager.createQuery("SELECT p.orgUnit.id, COUNT(p) FROM Person p WHERE p.orgUnit.id IN :units"
                            + " AND p.departedOn IS NULL GROUP BY p.orgUnit.id", Object[].class)
                    .setParameter("units", chunk).getResultList()
                    .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        }
        return counts;
    }

    @Override
    public Optional<Membership> currentMembership(Person person) {
        return entityManager.createQuery("SELECT m FROM Membership m WHERE m.person = :person AND m.leftOn IS NULL",
                        Membership.class)
                .setParameter("person", person)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Membership> memberships(Person person) {
        return OwnedRows.of(entityManager, Membership.class, "person", person,
                "CASE WHEN x.leftOn IS NULL THEN 1 ELSE 0 END, x.leftOn, x.id").getResultList();
    }

    @Override
    public void store(Membership membership) {
        entityManager.persist(membership);
    }

    @Override
    public Map<PartyStatus, Long> countByPartyStatus() {
        Map<PartyStatus, Long> counts = new EnumMap<>(PartyStatus.class);
        entityManager.createQuery("SELECT p.partyStatus, COUNT(p) FROM Person p WHERE p.departedOn IS NULL"
                        + " GROUP BY p.partyStatus", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((PartyStatus) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public Map<String, Person> findByIdCards(Collection<String> idCardNumbers) {
        if (idCardNumbers.isEmpty()) {
            return Map.of();
        }
        // No fetch join: right after a bulk insert PostgreSQL's statistics still describe an empty
        // table, and the join is then planned as a nested loop of sequential scans. Alone, the
        // lookup uses the (tenant, ID card) key; the units come from the persistence context.
        return entityManager.createQuery("SELECT p FROM Person p WHERE p.idCardNo IN :numbers", Person.class)
                .setParameter("numbers", idCardNumbers)
                .getResultStream()
                .collect(Collectors.toMap(Person::getIdCardNo, Function.identity()));
    }

    @Override
    public void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }
}
