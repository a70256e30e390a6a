package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    public Map<PartyStatus, Long> countByPartyStatus() {
        Map<PartyStatus, Long> counts = new EnumMap<>(PartyStatus.class);
        entityManager.createQuery("SELECT p.partyStatus, COUNT(p) FROM Person p GROUP BY p.partyStatus", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((PartyStatus) row[0], (Long) row[1]));
        return counts;
    }
}
