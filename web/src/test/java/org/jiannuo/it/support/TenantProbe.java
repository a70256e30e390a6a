package org.jiannuo.it.support;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;
import org.jiannuo.domain.model.summary.BulletinKind;
import org.jiannuo.domain.model.summary.ItemFacts;
import org.jiannuo.domain.model.summary.SummaryRepository;

/** Reads through the production repositories in the caller's tenant, as a service would. */
@Stateless
@TenantScoped
public class TenantProbe {

    @Inject
    PersonRepository people;

    @Inject
    AuditTrail auditTrail;

    @Inject
    SummaryRepository summaries;

    @Inject
    OrgUnitRepository units;

    @PersistenceContext
    EntityManager entityManager;

    public Optional<String> personName(long id) {
        return people.find(id).map(Person::getName);
    }

    public List<Long> personIds() {
        return entityManager.createQuery("SELECT p.id FROM Person p ORDER BY p.id", Long.class).getResultList();
    }

    public void appendAuditEntry(String summary) {
        auditTrail.record(AuditAction.UPDATE, "Probe", 0,
                AuditSummary.of(AuditEvent.PERSON_EDITED, summary), null, null);
    }

    /** The wrong passwords in a row the database holds for the account. */
    public int failedLogins(String username) {
        return entityManager.createQuery("SELECT a.failedLogins FROM UserAccount a WHERE a.username = :username",
                Integer.class).setParameter("username", username).getSingleResult();
    }

    /** The branches not dissolved in the unit's subtree, in tree order: a county's thousand in one query. */
    public List<Long> branchesUnder(long unitId) {
        return entityManager.createQuery("SELECT b.id FROM OrgUnit b, OrgUnit u WHERE u.id = :unit"
                        + " AND b.treePath LIKE CONCAT(u.treePath, '%') AND b.type = :branch AND b.dissolvedOn IS NULL"
                        + " ORDER BY b.treePath", Long.class)
                .setParameter("unit", unitId).setParameter("branch", OrgUnitType.BRANCH).getResultList();
    }

    /** The approved items of the year that the unit reviews for its members, as its half-year bulletin reads them. */
    public List<ItemFacts> membersItems(long unitId, int year) {
        return summaries.items(units.find(unitId).orElseThrow(), BulletinKind.HALF_YEAR_BULLETIN, year);
    }

    public long unitIdOf(long personId) {
        return people.find(personId).orElseThrow().getOrgUnit().getId();
    }

    /** Moves a personal rectification's deadline, as if it had been ordered long ago. */
    public void movePersonalRectificationDeadline(long id, LocalDate deadline) {
        entityManager.createQuery("UPDATE PersonalRectification r SET r.deadline = :deadline WHERE r.id = :id")
                .setParameter("deadline", deadline).setParameter("id", id).executeUpdate();
    }

    /** A native query that, against the rules, filters by no tenant at all. */
    public long countPeopleNatively() {
        return ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM person").getSingleResult()).longValue();
    }

    public List<Long> searchPeopleByName(String namePart) {
        return entityManager.createQuery("SELECT p.id FROM Person p WHERE p.name LIKE :name", Long.class)
                .setParameter("name", "%" + namePart + "%")
                .getResultList();
    }
}
