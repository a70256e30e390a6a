package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiannuo.domain.model.organization.LedUnits;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.organization.Post;
import org.jiannuo.domain.model.person.Person;

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
    public Optional<OrgUnit> find(long id) {
        return Optional.ofNullable(entityManager.find(OrgUnit.class, id));
    }

    @Override
    public List<OrgUnit> roots() {
        return entityManager.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL ORDER BY u.id", OrgUnit.class)
                .getResultList();
    }

    @Override
    public List<OrgUnit> all() {
        return entityManager.createQuery("SELECT u FROM OrgUnit u ORDER BY u.treePath", OrgUnit.class).getResultList();
    }

    @Override
    public List<OrgUnit> children(long parentId) {
        return entityManager.createQuery("SELECT u FROM OrgUnit u WHERE u.parent.id = :parent ORDER BY u.type, u.id",
                        OrgUnit.class)
                .setParameter("parent", parentId)
                .getResultList();
    }

    @Override
    public List<OrgUnit> findByName(String text, int limit) {
        return entityManager.createQuery("SELECT u FROM OrgUnit u WHERE u.dissolvedOn IS NULL AND u.name LIKE :text"
                        + " ORDER BY u.depth, u.name", OrgUnit.class)
                .setParameter("text", "%" + text.replace("%", "").replace("_", "") + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Set<Long> withChildren(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery(
                        "SELECT DISTINCT u.parent.id FROM OrgUnit u WHERE u.parent.id IN :ids", Long.class)
                .setParameter("ids", unitIds)
                .getResultList());
    }

    @Override
    public Map<Long, Long> peopleInSubtrees(Collection<OrgUnit> units) {
        Map<Long, Long> counts = new HashMap<>();
        if (units.isEmpty()) {
            return counts;
        }
        entityManager.createQuery("SELECT u.id, COUNT(p) FROM OrgUnit u, Person p WHERE u.id IN :ids"
                        + " AND p.orgUnit.treePath LIKE CONCAT(u.treePath, '%') AND p.departedOn IS NULL GROUP BY u.id", Object[].class)
                .setParameter("ids", units.stream().map(OrgUnit::getId).toList())
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public long countPeopleIn(OrgUnit unit) {
        return entityManager.createQuery("SELECT COUNT(p) FROM Person p WHERE p.orgUnit = :unit AND p.departedOn IS NULL", Long.class)
                .setParameter("unit", unit)
                .getSingleResult();
    }

    @Override
    public long countSecretaryPosts(Person person) {
        return entityManager.createQuery(
                        "SELECT COUNT(u) FROM OrgUnit u WHERE u.secretary = :person AND u.dissolvedOn IS NULL", Long.class)
                .setParameter("person", person)
                .getSingleResult();
    }

    @Override
    public List<OrgUnit> unitsWithSecretary(long personId) {
        return entityManager.createQuery("SELECT u FROM OrgUnit u WHERE u.secretary.id = :person"
                + " AND u.dissolvedOn IS NULL ORDER BY u.treePath", OrgUnit.class)
                .setParameter("person", personId)
                .getResultList();
    }

    @Override
    public List<OrgUnit> unitsWithAdministrativeHead(long personId) {
        return entityManager.createQuery("SELECT u FROM OrgUnit u WHERE u.administrativeHead.id = :person"
                + " AND u.dissolvedOn IS NULL ORDER BY u.treePath", OrgUnit.class)
                .setParameter("person", personId)
                .getResultList();
    }

    @Override
    public LedUnits unitsLedBy(long personId) {
        List<OrgUnit> asSecretary = new ArrayList<>();
        List<OrgUnit> asHead = new ArrayList<>();
        entityManager.createQuery("SELECT u, CASE WHEN u.secretary.id = :person THEN 1 ELSE 0 END,"
                        + " CASE WHEN u.administrativeHead.id = :person THEN 1 ELSE 0 END FROM OrgUnit u"
                        + " WHERE (u.secretary.id = :person OR u.administrativeHead.id = :person)"
                        + " AND u.dissolvedOn IS NULL ORDER BY u.treePath", Object[].class)
                .setParameter("person", personId)
                .getResultList()
                .forEach(row -> {
                    if (((Number) row[1]).intValue() == 1) {
                        asSecretary.add((OrgUnit) row[0]);
                    }
                    if (((Number) row[2]).intValue() == 1) {
                        asHead.add((OrgUnit) row[0]);
                    }
                });
        return new LedUnits(asSecretary, asHead);
    }

    @Override
    public List<Post> postsOf(long personId) {
        return entityManager.createQuery("SELECT p FROM Post p LEFT JOIN FETCH p.unit WHERE p.person.id = :person"
                + " ORDER BY p.id", Post.class)
                .setParameter("person", personId)
                .getResultList();
    }

    @Override
    public List<Post> postsIn(long unitId) {
        return entityManager.createQuery("SELECT p FROM Post p JOIN FETCH p.person WHERE p.unit.id = :unit"
                + " ORDER BY p.id", Post.class)
                .setParameter("unit", unitId)
                .getResultList();
    }

    @Override
    public Set<Long> postHoldersAmong(Collection<Long> personIds) {
        Set<Long> holders = new HashSet<>();
        List<Long> ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            holders.addAll(entityManager.createQuery("SELECT u.secretary.id FROM OrgUnit u WHERE u.secretary.id IN :ids",
                    Long.class).setParameter("ids", chunk).getResultList());
            holders.addAll(entityManager.createQuery(
                    "SELECT u.administrativeHead.id FROM OrgUnit u WHERE u.administrativeHead.id IN :ids", Long.class)
                    .setParameter("ids", chunk).getResultList());
            holders.addAll(entityManager.createQuery("SELECT p.person.id FROM Post p WHERE p.person.id IN :ids",
                    Long.class).setParameter("ids", chunk).getResultList());
        }
        return holders;
    }

    @Override
    public void store(Post post) {
        entityManager.persist(post);
    }

    @Override
    public void remove(Post post) {
        entityManager.remove(post);
    }

    @Override
    public long countActiveChildren(OrgUnit unit) {
        return entityManager.createQuery(
                        "SELECT COUNT(u) FROM OrgUnit u WHERE u.parent = :unit AND u.dissolvedOn IS NULL", Long.class)
                .setParameter("unit", unit)
                .getSingleResult();
    }

    @Override
    public void rewriteSubtree(OrgUnit moved, String oldPath, int depthDelta) {
        entityManager.flush();
        entityManager.createQuery("UPDATE OrgUnit u SET u.treePath = CONCAT(:newPath, SUBSTRING(u.treePath, :cut)),"
                        + " u.depth = u.depth + :delta WHERE u.treePath LIKE :oldPrefix AND u.id <> :moved")
                .setParameter("newPath", moved.getTreePath())
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("delta", depthDelta)
                .setParameter("oldPrefix", oldPath + "%")
                .setParameter("moved", moved.getId())
                .executeUpdate();
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
