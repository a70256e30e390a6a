package org.jiannuo.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.stars.DutyPost;
import org.jiannuo.domain.model.stars.Household;
import org.jiannuo.domain.model.stars.HouseholdLiaison;
import org.jiannuo.domain.model.stars.LogEntry;
import org.jiannuo.domain.model.stars.LogEntryKind;
import org.jiannuo.domain.model.stars.LogPhoto;
import org.jiannuo.domain.model.stars.PostClaim;
import org.jiannuo.domain.model.stars.PreAssessment;
import org.jiannuo.domain.model.stars.StarAppraisal;
import org.jiannuo.domain.model.stars.StarAppraisalState;
import org.jiannuo.domain.model.stars.StarBulletin;
import org.jiannuo.domain.model.stars.StarDebriefing;
import org.jiannuo.domain.model.stars.StarRating;
import org.jiannuo.domain.model.stars.StarRepository;
import org.jiannuo.domain.model.stars.StarRules;
import org.jiannuo.domain.model.stars.StarTarget;
import org.jiannuo.domain.model.summary.Period;

/** Village star management's rows; every query runs inside the caller's tenant. */
@ApplicationScoped
public class JpaStarRepository implements StarRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public StarRules rules() {
        return entityManager.createQuery("SELECT r FROM StarRules r", StarRules.class)
                .getResultStream().findFirst().orElseGet(StarRules::new);
    }

    @Override
    public void store(Object entity) {
        entityManager.persist(entity);
    }

    @Override
    public Optional<StarTarget> target(Person person, int year) {
        return entityManager.createQuery("SELECT t FROM StarTarget t WHERE t.person = :person AND t.year = :year",
                StarTarget.class).setParameter("person", person).setParameter("year", year)
                .getResultStream().findFirst();
    }

    @Override
    public List<StarTarget> targetsIn(OrgUnit unit, int year) {
        return entityManager.createQuery("SELECT t FROM StarTarget t JOIN FETCH t.person p WHERE p.orgUnit = :unit"
                + " AND t.year = :year", StarTarget.class)
                .setParameter("unit", unit).setParameter("year", year).getResultList();
    }

    @Override
    public List<Person> villageMembersOf(OrgUnit unit) {
        return entityManager.createQuery("SELECT p FROM Person p WHERE p.orgUnit = :unit AND p.departedOn IS NULL"
                + " AND p.villageCategory IS NOT NULL ORDER BY p.name, p.id", Person.class)
                .setParameter("unit", unit).getResultList();
    }

    @Override
    public Optional<Household> household(long id) {
        return Optional.ofNullable(entityManager.find(Household.class, id));
    }

    @Override
    public List<Household> householdsOf(OrgUnit unit) {
        return entityManager.createQuery("SELECT h FROM Household h WHERE h.unit = :unit ORDER BY h.head, h.id",
                Household.class).setParameter("unit", unit).getResultList();
    }

    @Override
    public List<Household> householdsWithoutLiaison(OrgUnit unit) {
        return entityManager.createQuery("SELECT h FROM Household h WHERE h.unit = :unit AND NOT EXISTS"
                + " (SELECT l FROM HouseholdLiaison l WHERE l.household = h AND l.endedOn IS NULL)"
                + " ORDER BY h.head, h.id", Household.class).setParameter("unit", unit).getResultList();
    }

    @Override
    public List<HouseholdLiaison> liaisonsIn(OrgUnit unit) {
        return entityManager.createQuery("SELECT l FROM HouseholdLiaison l JOIN FETCH l.household h"
                + " JOIN FETCH l.person WHERE h.unit = :unit AND l.endedOn IS NULL", HouseholdLiaison.class)
                .setParameter("unit", unit).getResultList();
    }

    @Override
    public List<HouseholdLiaison> liaisonsOf(Person person) {
        return entityManager.createQuery("SELECT l FROM HouseholdLiaison l JOIN FETCH l.household"
                + " WHERE l.person = :person AND l.endedOn IS NULL ORDER BY l.since, l.id", HouseholdLiaison.class)
                .setParameter("person", person).getResultList();
    }

    @Override
    public Optional<HouseholdLiaison> liaison(Person person, Household household) {
        return entityManager.createQuery("SELECT l FROM HouseholdLiaison l WHERE l.person = :person"
                + " AND l.household = :household AND l.endedOn IS NULL", HouseholdLiaison.class)
                .setParameter("person", person).setParameter("household", household)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<DutyPost> dutyPost(long id) {
        return Optional.ofNullable(entityManager.find(DutyPost.class, id));
    }

    @Override
    public List<DutyPost> dutyPostsFor(OrgUnit village) {
        return entityManager.createQuery("SELECT d FROM DutyPost d ORDER BY d.name, d.id",
                DutyPost.class).getResultStream().filter(post -> post.isOfferedIn(village)).toList();
    }

    @Override
    public Optional<PostClaim> claim(long id) {
        return Optional.ofNullable(entityManager.find(PostClaim.class, id));
    }

    @Override
    public List<PostClaim> claimsOf(Person person, int year) {
        return entityManager.createQuery("SELECT c FROM PostClaim c LEFT JOIN FETCH c.dutyPost WHERE c.person = :person"
                + " AND c.year = :year ORDER BY c.claimedOn, c.id", PostClaim.class)
                .setParameter("person", person).setParameter("year", year).getResultList();
    }

    @Override
    public List<PostClaim> claimsIn(OrgUnit unit, int year) {
        return entityManager.createQuery("SELECT c FROM PostClaim c JOIN FETCH c.person p LEFT JOIN FETCH c.dutyPost"
                + " WHERE p.orgUnit = :unit AND c.year = :year", PostClaim.class)
                .setParameter("unit", unit).setParameter("year", year).getResultList();
    }

    @Override
    public List<LogEntry> logOf(Person person, int year) {
        return entityManager.createQuery("SELECT e FROM LogEntry e LEFT JOIN FETCH e.household LEFT JOIN FETCH e.post"
                + " WHERE e.person = :person AND e.entryDate BETWEEN :from AND :to ORDER BY e.entryDate DESC, e.id DESC",
                LogEntry.class).setParameter("person", person)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31)).getResultList();
    }

    @Override
    public List<LogPhoto> photosOf(List<LogEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("SELECT p FROM LogPhoto p WHERE p.entry IN :entries ORDER BY p.id", LogPhoto.class)
                .setParameter("entries", entries).getResultList();
    }

    @Override
    public Optional<LogPhoto> photo(long id) {
        return Optional.ofNullable(entityManager.find(LogPhoto.class, id));
    }

    @Override
    public List<OrgUnit> villages() {
        return entityManager.createQuery("SELECT DISTINCT u FROM Person p JOIN p.orgUnit u WHERE p.departedOn IS NULL"
                + " AND p.villageCategory IS NOT NULL AND u.dissolvedOn IS NULL ORDER BY u.treePath", OrgUnit.class)
                .getResultList();
    }

    @Override
    public Map<Long, Map<LogEntryKind, Integer>> pagesIn(OrgUnit unit, LocalDate from, LocalDate to) {
        Map<Long, Map<LogEntryKind, Integer>> pages = new HashMap<>();
        entityManager.createQuery("SELECT e.person.id, e.kind, COUNT(e) FROM LogEntry e WHERE e.unit = :unit"
                + " AND e.entryDate BETWEEN :from AND :to GROUP BY e.person.id, e.kind", Object[].class)
                .setParameter("unit", unit).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> pages.computeIfAbsent((Long) row[0], id -> new EnumMap<>(LogEntryKind.class))
                        .put((LogEntryKind) row[1], ((Number) row[2]).intValue()));
        return pages;
    }

    @Override
    public Optional<StarBulletin> starBulletin(OrgUnit unit, Period quarter) {
        return entityManager.createQuery("SELECT b FROM StarBulletin b WHERE b.unit = :unit AND b.year = :year"
                + " AND b.quarter = :quarter", StarBulletin.class).setParameter("unit", unit)
                .setParameter("year", quarter.year()).setParameter("quarter", quarter.index())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<StarBulletin> findStarBulletin(long id) {
        return Optional.ofNullable(entityManager.find(StarBulletin.class, id));
    }

    @Override
    public List<StarBulletin> starBulletinsOf(OrgUnit unit, int year) {
        return entityManager.createQuery("SELECT b FROM StarBulletin b WHERE b.unit = :unit AND b.year = :year"
                + " ORDER BY b.quarter", StarBulletin.class).setParameter("unit", unit).setParameter("year", year)
                .getResultList();
    }

    @Override
    public Optional<StarDebriefing> debriefing(Person person, Period half) {
        return entityManager.createQuery("SELECT d FROM StarDebriefing d WHERE d.person = :person AND d.year = :year"
                + " AND d.half = :half", StarDebriefing.class).setParameter("person", person)
                .setParameter("year", half.year()).setParameter("half", half.index()).getResultStream().findFirst();
    }

    @Override
    public List<StarDebriefing> debriefingsIn(OrgUnit unit, Period half) {
        return entityManager.createQuery("SELECT d FROM StarDebriefing d JOIN FETCH d.person WHERE d.unit = :unit"
                + " AND d.year = :year AND d.half = :half", StarDebriefing.class).setParameter("unit", unit)
                .setParameter("year", half.year()).setParameter("half", half.index()).getResultList();
    }

    @Override
    public Optional<PreAssessment> preAssessment(OrgUnit unit, Period half) {
        return entityManager.createQuery("SELECT a FROM PreAssessment a WHERE a.unit = :unit AND a.year = :year"
                + " AND a.half = :half", PreAssessment.class).setParameter("unit", unit)
                .setParameter("year", half.year()).setParameter("half", half.index()).getResultStream().findFirst();
    }

    @Override
    public Optional<PreAssessment> findPreAssessment(long id) {
        return Optional.ofNullable(entityManager.find(PreAssessment.class, id));
    }

    @Override
    public List<PreAssessment> preAssessmentsUnder(OrgUnit unit, Period half) {
        return entityManager.createQuery("SELECT a FROM PreAssessment a JOIN FETCH a.unit u WHERE u.treePath LIKE :path"
                + " AND a.year = :year AND a.half = :half ORDER BY u.treePath", PreAssessment.class)
                .setParameter("path", unit.getTreePath() + "%").setParameter("year", half.year())
                .setParameter("half", half.index()).getResultList();
    }

    @Override
    public Optional<StarAppraisal> starAppraisal(OrgUnit unit, int year) {
        return entityManager.createQuery("SELECT a FROM StarAppraisal a WHERE a.unit = :unit AND a.year = :year",
                StarAppraisal.class).setParameter("unit", unit).setParameter("year", year)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<StarAppraisal> findStarAppraisal(long id) {
        return Optional.ofNullable(entityManager.find(StarAppraisal.class, id));
    }

    @Override
    public List<StarAppraisal> starAppraisalsUnder(OrgUnit unit, int year) {
        return entityManager.createQuery("SELECT a FROM StarAppraisal a JOIN FETCH a.unit u WHERE u.treePath LIKE :path"
                + " AND a.year = :year ORDER BY u.treePath", StarAppraisal.class)
                .setParameter("path", unit.getTreePath() + "%").setParameter("year", year).getResultList();
    }

    @Override
    public Optional<StarRating> starRating(Person person, int year) {
        return entityManager.createQuery("SELECT r FROM StarRating r WHERE r.person = :person AND r.year = :year",
                StarRating.class).setParameter("person", person).setParameter("year", year)
                .getResultStream().findFirst();
    }

    @Override
    public List<StarRating> publishedRatings(long unitId, int year) {
        return entityManager.createQuery("SELECT r FROM StarRating r JOIN FETCH r.person p JOIN r.appraisal a"
                + " WHERE r.unit.id = :unit AND r.year = :year AND a.state = :published"
                + " ORDER BY r.total DESC, p.name, p.id", StarRating.class)
                .setParameter("unit", unitId).setParameter("year", year)
                .setParameter("published", StarAppraisalState.PUBLISHED).getResultList();
    }

    @Override
    public List<StarRating> publishedRatingsUnder(long unitId, int year) {
        OrgUnit top = entityManager.find(OrgUnit.class, unitId);
        if (top == null) {
            return List.of();
        }
        return entityManager.createQuery("SELECT r FROM StarRating r JOIN FETCH r.person p JOIN FETCH r.unit u"
                + " JOIN r.appraisal a WHERE u.treePath LIKE :path AND r.year = :year AND a.state = :published"
                + " ORDER BY u.treePath, r.total DESC, p.name, p.id", StarRating.class)
                .setParameter("path", top.getTreePath() + "%").setParameter("year", year)
                .setParameter("published", StarAppraisalState.PUBLISHED).getResultList();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
