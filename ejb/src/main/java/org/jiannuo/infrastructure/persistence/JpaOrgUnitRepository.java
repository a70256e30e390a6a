package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.organization.OrgUnitType;

@ApplicationScoped
public class JpaOrgUnitRepository implements OrgUnitRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void store(OrgUnit unit) {
        entityManager.persist(unit);
        unit.completeTreePath();
        // Units and people refer to each other (members to their unit, the unit to its secretary):
        // writing the unit now lets its people and its appointments follow in any order.
        entityManager.flush();
    }

    @Override
    public long count() {
        return entityManager.createQuery("SELECT COUNT(u) FROM OrgUnit u", Long.class).getSingleResult();
    }

    @Override
    public Map<OrgUnitType, Long> countByType() {
        Map<OrgUnitType, Long> counts = new EnumMap<>(OrgUnitType.class);
        entityManager.createQuery("SELECT u.type, COUNT(u) FROM OrgUnit u GROUP BY u.type", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((OrgUnitType) row[0], (Long) row[1]));
        return counts;
    }
}
