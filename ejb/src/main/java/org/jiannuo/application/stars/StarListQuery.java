package org.jiannuo.application.stars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jiannuo.application.QueryCursors;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.StarAppraisalState;
import org.jiannuo.domain.model.stars.StarAspect;

/**
 * The published year-end ratings of a village or a township's villages, read row by row through a database cursor
 * as plain columns: a township of forty villages and two thousand members never sits in memory whole, nor in the
 * persistence context.
 */
@ApplicationScoped
class StarListQuery {

    /** Rows per round trip of the cursor. */
    private static final int BATCH = 500;

    /** The columns of a row, in the order the query selects them. */
    record Row(long unitId, String unitName, long personId, String name, VillageCategory category, int cap,
            Map<StarAspect, Integer> stars, int total) {
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    QueryCursors cursors;

    /** Branch after branch in tree order, each branch's members by stars, most first, then name. In a transaction. */
    Stream<Row> rows(OrgUnit unit, int year) {
        return cursors.rows(entityManager.createQuery("SELECT u.id, u.name, p.id, p.name, r.category, r.cap,"
                + " r.stars.ideology, r.stars.law, r.stars.customs, r.stars.liaison, r.stars.post, r.total"
                + " FROM StarRating r JOIN r.appraisal a JOIN r.unit u JOIN r.person p"
                + " WHERE u.treePath LIKE :path AND r.year = :year AND a.state = :published"
                + " ORDER BY u.treePath, r.total DESC, p.name, p.id")
                .setParameter("path", unit.getTreePath() + "%").setParameter("year", year)
                .setParameter("published", StarAppraisalState.PUBLISHED), BATCH).map(StarListQuery::row);
    }

    private static Row row(Object[] row) {
        Map<StarAspect, Integer> stars = new EnumMap<>(StarAspect.class);
        StarAspect[] aspects = StarAspect.values();
        for (int i = 0; i < aspects.length; i++) {
            stars.put(aspects[i], (Integer) row[6 + i]);
        }
        return new Row((Long) row[0], (String) row[1], (Long) row[2], (String) row[3], (VillageCategory) row[4],
                (Integer) row[5], stars, (Integer) row[11]);
    }
}
