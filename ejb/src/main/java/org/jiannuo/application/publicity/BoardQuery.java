package org.jiannuo.application.publicity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jiannuo.application.publicity.BoardStarTarget.AspectCount;
import org.jiannuo.application.publicity.BoardViews.Bulletin;
import org.jiannuo.domain.model.appraisal.GradeStanding;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.publicity.PublicityRules;
import org.jiannuo.domain.model.stars.StarAppraisalState;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.stars.StarTarget;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.domain.model.yearend.BranchState;

/**
 * The board's queries, in the bound tenant. Each selects the public columns it shows and nothing else
 * (never an entity whose other fields could slip into a page), only what is published, and pages in
 * the database. Units are found by public key; the id found is used inside the query only.
 */
@ApplicationScoped
class BoardQuery {

    static final List<CommitmentStatus> PUBLISHED = List.of(CommitmentStatus.PUBLISHED,
            CommitmentStatus.COMPLETION_REPORTED, CommitmentStatus.CLOSED);
    private static final String COMMITMENT_COLUMNS = "SELECT c.publicKey, COALESCE(p.name, o.name), p.publicKey,"
            + " c.category, c.kind, c.content, c.dueDate, c.status, c.overdueSince, c.progress, c.publishedOn"
            + " FROM Commitment c LEFT JOIN c.ownerPerson p LEFT JOIN c.ownerUnit o";
    private static final String GRADE_COLUMNS = "SELECT g.publicKey, g.subjectName, sp.publicKey, su.publicKey,"
            + " g.group, g.periodMonth, g.grade, m.publishedAt, g.objections.open, g.objections.reviewedAt"
            + " FROM Grading g JOIN g.meeting m LEFT JOIN g.subjectPerson sp LEFT JOIN g.subjectUnit su";
    private static final String RESULT_COLUMNS = "SELECT r.publicKey, p.name, p.publicKey, c.year, r.proposed,"
            + " b.publishedAt, r.objections.open, r.objections.reviewedAt"
            + " FROM MemberEvaluation r JOIN r.branch b JOIN b.campaign c JOIN r.person p";
    private static final String STAR_COLUMNS = "SELECT r.publicKey, p.name, p.publicKey, r.year, r.cap, r.total,"
            + " a.publishedOn, r.objections.open, r.objections.reviewedAt, r.stars.ideology, r.stars.law,"
            + " r.stars.customs, r.stars.liaison, r.stars.post FROM StarRating r JOIN r.appraisal a JOIN r.person p";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CurrentPublicityRules publicityRules;

    /** A unit: id, key, name, type, parent's key, name and type; dissolved units are not on the board. */
    Optional<Object[]> unit(String key) {
        return entityManager.createQuery("SELECT u.id, u.publicKey, u.name, u.type, pa.publicKey, pa.name, pa.type"
                        + " FROM OrgUnit u LEFT JOIN u.parent pa WHERE u.publicKey = :key AND u.dissolvedOn IS NULL",
                        Object[].class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    List<UnitLink> topUnits() {
        return links(entityManager.createQuery("SELECT u.publicKey, u.name, u.type FROM OrgUnit u"
                + " WHERE u.parent IS NULL AND u.dissolvedOn IS NULL ORDER BY u.name", Object[].class)
                .setMaxResults(BoardReader.MOST_UNITS));
    }

    List<UnitLink> children(long unitId) {
        return links(entityManager.createQuery("SELECT u.publicKey, u.name, u.type FROM OrgUnit u"
                + " WHERE u.parent.id = :unit AND u.dissolvedOn IS NULL ORDER BY u.name", Object[].class)
                .setParameter("unit", unitId).setMaxResults(BoardReader.MOST_UNITS));
    }

    private static List<UnitLink> links(TypedQuery<Object[]> query) {
        return query.getResultStream().map(r -> new UnitLink((String) r[0], (String) r[1], (OrgUnitType) r[2])).toList();
    }

    /** The year's published items: the unit's own (as an organization), and its members' (the unit reviews them). */
    private static final String PUBLISHED_ITEMS = " c.year = :year AND c.status IN :published AND c.publishedOn IS NOT NULL";
    private static final String OWN_ITEMS = "c.ownerUnit.id = :unit AND" + PUBLISHED_ITEMS;
    private static final String MEMBERS_ITEMS = "c.reviewingUnit.id = :unit AND c.ownerPerson IS NOT NULL AND"
            + PUBLISHED_ITEMS;

    /**
     * A page of the unit's published items: its own first, then its members' by name. Two queries, each served by
     * an index of its own owner, where one query with an OR of the two owners has the database read every item
     * of the year in the county for every page.
     */
    List<BoardCommitmentLine> unitCommitments(long unitId, int year, int first, int size) {
        List<BoardCommitmentLine> own = commitments(items(COMMITMENT_COLUMNS + " WHERE " + OWN_ITEMS + " ORDER BY c.id",
                Object[].class, unitId, year));
        List<BoardCommitmentLine> page = new ArrayList<>(
                own.subList(Math.min(first, own.size()), Math.min(first + size, own.size())));
        if (page.size() < size) {
            page.addAll(commitments(items(COMMITMENT_COLUMNS + " WHERE " + MEMBERS_ITEMS + " ORDER BY p.name, c.id",
                    Object[].class, unitId, year)
                    .setFirstResult(Math.max(0, first - own.size())).setMaxResults(size - page.size())));
        }
        return page;
    }

    /** The year's published items of the unit and its members: how many, closed out, late. */
    Bulletin bulletin(long unitId, int year) {
        Bulletin own = figures(OWN_ITEMS, unitId, year);
        Bulletin members = figures(MEMBERS_ITEMS, unitId, year);
        return new Bulletin(own.published() + members.published(), own.closedOut() + members.closedOut(),
                own.late() + members.late());
    }

    private Bulletin figures(String items, long unitId, int year) {
        Object[] row = items("SELECT COUNT(c), SUM(CASE WHEN c.status = :closed THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN c.overdueSince IS NOT NULL AND c.status <> :closed THEN 1 ELSE 0 END)"
                        + " FROM Commitment c WHERE " + items, Object[].class, unitId, year)
                .setParameter("closed", CommitmentStatus.CLOSED).getSingleResult();
        return new Bulletin(number(row[0]), number(row[1]), number(row[2]));
    }

    private <T> TypedQuery<T> items(String jpql, Class<T> type, long unitId, int year) {
        return entityManager.createQuery(jpql, type).setParameter("unit", unitId).setParameter("year", year)
                .setParameter("published", PUBLISHED);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    List<BoardCommitmentLine> personCommitments(long personId, int year) {
        // The owner's key column, not the outer-joined person's id: only the column lets the database use its index.
        return commitments(entityManager.createQuery(COMMITMENT_COLUMNS + " WHERE c.ownerPerson.id = :person AND c.year = :year"
                        + " AND c.status IN :published AND c.publishedOn IS NOT NULL ORDER BY c.id", Object[].class)
                .setParameter("person", personId).setParameter("year", year).setParameter("published", PUBLISHED)
                .setMaxResults(BoardReader.PAGE_SIZE));
    }

    /**
     * One published commitment: id, measures, latest record month, close-out day, and the key, name and type
     * of its unit (the owning organization, or the member's branch).
     */
    Optional<Object[]> commitment(String key) {
        return entityManager.createQuery("SELECT c.id, c.measures, c.lastRecordMonth, c.closedOn,"
                        + " CASE WHEN o.id IS NULL THEN r.id ELSE o.id END"
                        + " FROM Commitment c LEFT JOIN c.ownerUnit o JOIN c.reviewingUnit r"
                        + " WHERE c.publicKey = :key AND c.status IN :published AND c.publishedOn IS NOT NULL",
                        Object[].class)
                .setParameter("key", key).setParameter("published", PUBLISHED).getResultStream().findFirst();
    }

    UnitLink unitLink(long unitId) {
        return links(entityManager.createQuery("SELECT u.publicKey, u.name, u.type FROM OrgUnit u WHERE u.id = :id",
                Object[].class).setParameter("id", unitId)).get(0);
    }

    BoardCommitmentLine commitmentLine(long commitmentId) {
        return commitments(entityManager.createQuery(COMMITMENT_COLUMNS + " WHERE c.id = :id", Object[].class)
                .setParameter("id", commitmentId)).get(0);
    }

    private static List<BoardCommitmentLine> commitments(TypedQuery<Object[]> query) {
        return query.getResultStream().map(r -> new BoardCommitmentLine((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], (CommitmentKind) r[4], (String) r[5], (LocalDate) r[6],
                FulfilmentState.of((CommitmentStatus) r[7], (LocalDate) r[8]), (Integer) r[9], (LocalDate) r[10]))
                .toList();
    }

    /** The months for which the unit published grades, the latest first. */
    List<YearMonth> gradePeriods(long unitId) {
        return entityManager.createQuery("SELECT DISTINCT m.periodMonth FROM Meeting m WHERE m.unit.id = :unit"
                        + " AND m.publishedAt IS NOT NULL ORDER BY m.periodMonth DESC", LocalDate.class)
                .setParameter("unit", unitId).setMaxResults(12).getResultStream().map(YearMonth::from).toList();
    }

    /** The grades the unit gave and published for one month: its members and staff, or its branches. */
    List<BoardGradeLine> gradesGiven(long unitId, YearMonth period, LocalDate today) {
        return grades(entityManager.createQuery(GRADE_COLUMNS + " WHERE m.unit.id = :unit AND m.publishedAt IS NOT NULL"
                        + " AND g.periodMonth = :month ORDER BY g.group, g.subjectName, g.id", Object[].class)
                .setParameter("unit", unitId).setParameter("month", period.atDay(1))
                .setMaxResults(BoardReader.MOST_GRADES), today);
    }

    /**
     * The published grades of one subject, the latest first: {@code subject} is the grading's key column of a person
     * ({@code subjectPerson}) or a unit ({@code subjectUnit}), which its index serves.
     */
    List<BoardGradeLine> gradesOf(String subject, long subjectId, LocalDate today) {
        return grades(entityManager.createQuery(GRADE_COLUMNS + " WHERE g." + subject + ".id = :subject"
                        + " AND m.publishedAt IS NOT NULL ORDER BY g.periodMonth DESC, g.id", Object[].class)
                .setParameter("subject", subjectId).setMaxResults(12), today);
    }

    /** One published grade: its line, and the unit that gave it (key, name, type). */
    Optional<BoardGradeLine> grade(String key, LocalDate today) {
        return grades(entityManager.createQuery(GRADE_COLUMNS + " WHERE g.publicKey = :key"
                + " AND m.publishedAt IS NOT NULL", Object[].class).setParameter("key", key), today)
                .stream().findFirst();
    }

    Object[] gradingUnit(String gradeKey) {
        return entityManager.createQuery("SELECT u.publicKey, u.name, u.type FROM Grading g JOIN g.meeting m"
                + " JOIN m.unit u WHERE g.publicKey = :key", Object[].class).setParameter("key", gradeKey)
                .getSingleResult();
    }

    private List<BoardGradeLine> grades(TypedQuery<Object[]> query, LocalDate today) {
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        PublicityRules rules = publicityRules.get();
        return rows.stream().map(r -> {
            LocalDate publishedOn = ((LocalDateTime) r[7]).toLocalDate();
            var period = rules.periodFrom(publishedOn);
            return new BoardGradeLine((String) r[0], (String) r[1], (String) r[2], (String) r[3], (GradingGroup) r[4],
                    YearMonth.from((LocalDate) r[5]), (StarGrade) r[6], publishedOn, period.lastDay(),
                    GradeStanding.of((Integer) r[8], period, today), r[9] != null);
        }).toList();
    }

    /** The members' results of the branch's latest published year-end evaluation, by name. */
    List<BoardResultLine> resultsGiven(long unitId, LocalDate today) {
        return results(entityManager.createQuery(RESULT_COLUMNS + " WHERE b.unit.id = :unit AND b.state = :published"
                        + " AND c.year = (SELECT MAX(c2.year) FROM BranchEvaluation b2 JOIN b2.campaign c2"
                        + " WHERE b2.unit.id = :unit AND b2.state = :published) ORDER BY p.name, r.id", Object[].class)
                .setParameter("unit", unitId).setParameter("published", BranchState.PUBLISHED)
                .setMaxResults(BoardReader.MOST_GRADES), today);
    }

    /** The person's published year-end results, the latest first. */
    List<BoardResultLine> resultsOf(long personId, LocalDate today) {
        return results(entityManager.createQuery(RESULT_COLUMNS + " WHERE r.person.id = :person"
                        + " AND b.state = :published ORDER BY c.year DESC, r.id", Object[].class)
                .setParameter("person", personId).setParameter("published", BranchState.PUBLISHED)
                .setMaxResults(12), today);
    }

    /** One published result. */
    Optional<BoardResultLine> result(String key, LocalDate today) {
        return results(entityManager.createQuery(RESULT_COLUMNS + " WHERE r.publicKey = :key AND b.state = :published",
                        Object[].class).setParameter("key", key).setParameter("published", BranchState.PUBLISHED), today)
                .stream().findFirst();
    }

    /** The branch that published a result: key, name, type. */
    Object[] resultUnit(String resultKey) {
        return entityManager.createQuery("SELECT u.publicKey, u.name, u.type FROM MemberEvaluation r JOIN r.branch b"
                + " JOIN b.unit u WHERE r.publicKey = :key", Object[].class).setParameter("key", resultKey)
                .getSingleResult();
    }

    private List<BoardResultLine> results(TypedQuery<Object[]> query, LocalDate today) {
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        PublicityRules rules = publicityRules.get();
        return rows.stream().map(r -> {
            LocalDate publishedOn = ((LocalDateTime) r[5]).toLocalDate();
            var period = rules.periodFrom(publishedOn);
            return new BoardResultLine((String) r[0], (String) r[1], (String) r[2], (Integer) r[3], (AnnualGrade) r[4],
                    publishedOn, period.lastDay(), GradeStanding.of((Integer) r[6], period, today), r[7] != null);
        }).toList();
    }

    /** The members' stars of the village's latest published year-end star appraisal, by name. */
    List<BoardStarLine> starsGiven(long unitId, LocalDate today) {
        return stars("a.unit.id = :unit AND a.year = (SELECT MAX(a2.year) FROM StarAppraisal a2 WHERE a2.unit.id = :unit"
                + " AND a2.state = :published) ORDER BY p.name, r.id", "unit", unitId, BoardReader.MOST_GRADES, today);
    }

    /** The person's published year-end stars, the latest first. */
    List<BoardStarLine> starsOf(long personId, LocalDate today) {
        return stars("r.person.id = :person ORDER BY r.year DESC, r.id", "person", personId, 12, today);
    }

    /** One published star rating. */
    Optional<BoardStarLine> star(String key, LocalDate today) {
        return stars("r.publicKey = :key", "key", key, 1, today).stream().findFirst();
    }

    /** The village whose appraisal published a star rating: key, name, type. */
    Object[] starUnit(String starKey) {
        return entityManager.createQuery("SELECT u.publicKey, u.name, u.type FROM StarRating r JOIN r.unit u"
                + " WHERE r.publicKey = :key", Object[].class).setParameter("key", starKey).getSingleResult();
    }

    /** Published ratings only, selected by {@code condition} on its one parameter, with what follows it (an order). */
    private List<BoardStarLine> stars(String condition, String parameter, Object value, int most, LocalDate today) {
        List<Object[]> rows = entityManager.createQuery(STAR_COLUMNS + " WHERE a.state = :published AND " + condition,
                        Object[].class).setParameter("published", StarAppraisalState.PUBLISHED)
                .setParameter(parameter, value).setMaxResults(most).getResultList();
        PublicityRules rules = rows.isEmpty() ? null : publicityRules.get();
        return rows.stream().map(r -> {
            LocalDate publishedOn = (LocalDate) r[6];
            var period = rules.periodFrom(publishedOn);
            List<AspectCount> aspects = Arrays.stream(StarAspect.values())
                    .map(aspect -> new AspectCount(aspect, (Integer) r[9 + aspect.ordinal()])).toList();
            return new BoardStarLine((String) r[0], (String) r[1], (String) r[2], (Integer) r[3], (Integer) r[4],
                    (Integer) r[5], aspects, publishedOn, period.lastDay(), GradeStanding.of((Integer) r[7], period,
                    today), r[8] != null);
        }).toList();
    }

    /** A person on the board: id, key, name, unit's key, name and type. */
    Optional<Object[]> person(String key) {
        return entityManager.createQuery("SELECT p.id, p.publicKey, p.name, u.publicKey, u.name, u.type"
                + " FROM Person p JOIN p.orgUnit u WHERE p.publicKey = :key", Object[].class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    /** The person's star target of the year once the letter is signed: only then is it posted. */
    Optional<BoardStarTarget> signedStarTarget(long personId, int year) {
        return entityManager.createQuery("SELECT t FROM StarTarget t WHERE t.person.id = :person AND t.year = :year"
                + " AND t.signedOn IS NOT NULL", StarTarget.class)
                .setParameter("person", personId).setParameter("year", year).getResultStream().findFirst()
                .map(t -> BoardStarTarget.of(year, t.getCap(), t.getStars()));
    }

    /**
     * The model posts of the latest year that has any in the unit's subtree (the year-end evaluation of a year is
     * published early the next), by branch and name.
     */
    List<BoardModelPost> modelPosts(long unitId) {
        String path = entityManager.createQuery("SELECT u.treePath FROM OrgUnit u WHERE u.id = :unit", String.class)
                .setParameter("unit", unitId).getSingleResult() + "%";
        Integer year = entityManager.createQuery("SELECT MAX(c.year) FROM ModelPost x JOIN x.member m"
                        + " JOIN m.branch b JOIN b.unit u JOIN b.campaign c WHERE u.treePath LIKE :path", Integer.class)
                .setParameter("path", path).getSingleResult();
        if (year == null) {
            return List.of();
        }
        return entityManager.createQuery("SELECT p.name, x.title, c.year FROM ModelPost x JOIN x.member m"
                        + " JOIN m.person p JOIN m.branch b JOIN b.unit u JOIN b.campaign c"
                        + " WHERE u.treePath LIKE :path AND c.year = :year ORDER BY u.name, u.id, p.name, p.id",
                        Object[].class)
                .setParameter("path", path).setParameter("year", year).setMaxResults(BoardReader.MOST_GRADES)
                .getResultStream().map(r -> new BoardModelPost((String) r[0], (String) r[1], (Integer) r[2])).toList();
    }
}
