package org.jiannuo.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.PartyStatus;

/** Head counts per top-level committee, aggregated by the database over each committee's subtree. */
@Stateless
@TenantScoped
public class OrganizationOverviewQuery {

    @PersistenceContext
    EntityManager entityManager;

    public List<CommitteeHeadcount> headcountsByCommittee() {
        Map<Long, String> committees = new LinkedHashMap<>();
        entityManager.createQuery("SELECT u.id, u.name FROM OrgUnit u WHERE u.parent IS NULL ORDER BY u.id", Object[].class)
                .getResultList()
                .forEach(row -> committees.put((Long) row[0], (String) row[1]));

        Map<Long, Long> branches = new HashMap<>();
        entityManager.createQuery("SELECT c.id, COUNT(b) FROM OrgUnit c, OrgUnit b WHERE c.parent IS NULL"
                        + " AND b.type = :branch AND b.treePath LIKE CONCAT(c.treePath, '%') GROUP BY c.id", Object[].class)
                .setParameter("branch", OrgUnitType.BRANCH)
                .getResultList()
                .forEach(row -> branches.put((Long) row[0], (Long) row[1]));

        Map<Long, Map<PartyStatus, Long>> people = new HashMap<>();
        entityManager.createQuery("SELECT c.id, p.partyStatus, COUNT(p) FROM OrgUnit c, Person p WHERE c.parent IS NULL"
                        + " AND p.orgUnit.treePath LIKE CONCAT(c.treePath, '%') AND p.departedOn IS NULL"
                        + " GROUP BY c.id, p.partyStatus", Object[].class)
                .getResultList()
                .forEach(row -> people.computeIfAbsent((Long) row[0], id -> new EnumMap<>(PartyStatus.class))
                        .put((PartyStatus) row[1], (Long) row[2]));

        return committees.entrySet().stream()
                .map(c -> new CommitteeHeadcount(c.getKey(), c.getValue(), branches.getOrDefault(c.getKey(), 0L),
                        people.getOrDefault(c.getKey(), Map.of())))
                .toList();
    }
}
