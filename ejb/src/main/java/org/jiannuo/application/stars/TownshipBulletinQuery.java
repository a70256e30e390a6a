package org.jiannuo.application.stars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jiannuo.application.QueryCursors;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.stars.StarProgress;
import org.jiannuo.domain.model.summary.Period;

/**
 * The published quarterly star bulletins of a township's subtree, read line by line through a database cursor as
 * plain columns: a township of forty villages never sits in memory whole, nor in the persistence context.
 */
@ApplicationScoped
class TownshipBulletinQuery {

    /** Rows per round trip of the cursor. */
    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    QueryCursors cursors;

    /** Branch after branch in tree order, each branch's members by name. Only inside a transaction. */
    Stream<BulletinLine> lines(OrgUnit township, Period quarter) {
        return cursors.rows(entityManager.createQuery("SELECT b.id, u.name, b.heldOn, b.attendees, b.problems,"
                + " b.suggestions, p.id, l.memberName, l.category, l.cap, l.targetWritten, l.target.ideology,"
                + " l.target.law, l.target.customs, l.target.liaison, l.target.post, l.studyPages, l.servicePages,"
                + " l.dutyPages, l.remark FROM StarProgress l JOIN l.bulletin b JOIN b.unit u JOIN l.person p"
                + " WHERE u.treePath LIKE :path AND b.year = :year AND b.quarter = :quarter"
                + " AND b.publishedAt IS NOT NULL ORDER BY u.treePath, b.id, l.memberName, l.id")
                .setParameter("path", township.getTreePath() + "%").setParameter("year", quarter.year())
                .setParameter("quarter", quarter.index()), BATCH).map(TownshipBulletinQuery::line);
    }

    private static BulletinLine line(Object[] row) {
        Map<StarAspect, Integer> target = new EnumMap<>(StarAspect.class);
        StarAspect[] aspects = StarAspect.values();
        for (int i = 0; i < aspects.length; i++) {
            target.put(aspects[i], (Integer) row[11 + i]);
        }
        int total = target.values().stream().mapToInt(Integer::intValue).sum();
        ProgressLine progress = new ProgressLine((Long) row[6], (String) row[7], (VillageCategory) row[8],
                (Integer) row[9], (Boolean) row[10], target, total,
                StarProgress.pages((Integer) row[16], (Integer) row[17], (Integer) row[18]), (String) row[19]);
        return new BulletinLine((Long) row[0], (String) row[1], (LocalDate) row[2], (Integer) row[3],
                (String) row[4], (String) row[5], true, progress);
    }
}
