package org.jiannuo.application.publicity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiannuo.application.appraisal.AppraisalAccess;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.appraisal.GradeObjection;
import org.jiannuo.domain.model.appraisal.Grading;
import org.jiannuo.domain.model.appraisal.ObjectionStatus;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.publicity.HourlyLimit;
import org.jiannuo.domain.model.publicity.PublicKey;
import org.jiannuo.domain.model.publicity.PublicityPeriod;

/**
 * Objections against published grades (三公示, seed 004): lodged from the board by anyone or inside the
 * application by a member, during the grade's publicity period; answered by the grader of the grade's
 * group (the branch secretary for members, the administrative head for staff, the superior's secretary
 * for a branch), who upholds or changes the grade with a reason. Every step is audited and raises the
 * board's stamp.
 */
@Stateless
@TenantScoped
public class Objections {

    static final String ENTITY = "GradeObjection";
    static final int MOST_LISTED = 200;
    static final String TOO_MANY = "objection.tooMany";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CurrentPublicityRules publicityRules;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Authorization authorization;

    @Inject
    AppraisalAccess access;

    @Inject
    AuditTrail auditTrail;

    @Inject
    BoardStamps stamps;

    @Inject
    SenderAddresses senders;

    private final Clock clock = Clock.systemDefaultZone();

    /**
     * Lodges an objection against the published grade under this public key: from the board when nobody is
     * signed in, otherwise in the account's name. An unknown or unpublished key is not found. The board takes a
     * few an hour from one address and against one grade (the department's setting); one more is refused, the
     * address's share before the grade is even looked up.
     */
    public ObjectionStatus lodge(String gradeKey, String text, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime hourAgo = now.minusHours(1);
        HourlyLimit limit = publicityRules.get().objectionLimit();
        String addressHash = senders.hash(currentTenant.code(), address);
        limit.checkAddress(count("o.addressHash = :value", addressHash, hourAgo), TOO_MANY);
        Grading grading = PublicKey.parse(gradeKey).flatMap(key -> entityManager.createQuery(
                        "SELECT g FROM Grading g WHERE g.publicKey = :key AND g.meeting.publishedAt IS NOT NULL",
                        Grading.class).setParameter("key", key.value()).getResultStream().findFirst())
                .orElseThrow(BoardNotFoundException::new);
        limit.checkTarget(count("o.grading = :value", grading, hourAgo), TOO_MANY);
        String by = currentTenant.account().map(account -> account.username()).orElse(null);
        GradeObjection objection = GradeObjection.lodge(grading, periodOf(grading), text, by, addressHash, now);
        entityManager.persist(objection);
        entityManager.flush();
        auditTrail.record(AuditAction.CREATE, ENTITY, objection.getId(), AuditSummary.of(AuditEvent.GRADE_OBJECTION_LODGED,
                grading.getSubjectName(), grading.getPeriod()), null, objection.auditState());
        stamps.touch();
        return objection.getStatus();
    }

    private long count(String condition, Object value, LocalDateTime since) {
        return entityManager.createQuery("SELECT COUNT(o) FROM GradeObjection o WHERE " + condition
                + " AND o.lodgedAt > :since", Long.class).setParameter("value", value).setParameter("since", since)
                .getSingleResult();
    }

    /** The grader's answer: the same grade upholds the objection, another changes the grade; with a reason. */
    public ObjectionLine decide(long objectionId, long expectedVersion, StarGrade grade, String reason) {
        AccessScope scope = authorization.currentScope();
        GradeObjection objection = visible(objectionId, scope);
        Grading grading = objection.getGrading();
        access.requireGrader(grading.getMeeting(), grading.getGroup(), scope);
        if (objection.getVersion() != expectedVersion) {
            throw new StaleEditException("Objection " + objectionId + " was answered by someone else meanwhile");
        }
        Map<String, Object> before = objection.auditState();
        objection.decide(grade, reason, scope.account().username(), LocalDateTime.now(clock));
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Objection " + objectionId + " was answered by someone else meanwhile");
        }
        auditTrail.record(AuditAction.UPDATE, ENTITY, objectionId, AuditSummary.of(AuditEvent.GRADE_OBJECTION_DECIDED,
                grading.getSubjectName(), grading.getPeriod()), before, objection.auditState());
        stamps.touch();
        return line(objection, scope);
    }

    /** The objections against grades of meetings the caller can read, the open first, then the latest. */
    public List<ObjectionLine> list(boolean openOnly) {
        AccessScope scope = authorization.currentScope();
        StringBuilder jpql = new StringBuilder("SELECT o FROM GradeObjection o JOIN FETCH o.grading g"
                + " JOIN FETCH g.meeting m JOIN FETCH m.unit u WHERE 1 = 1");
        if (openOnly) {
            jpql.append(" AND o.status = :open");
        }
        Set<String> paths = scope.subtreePaths().orElse(null);
        if (paths != null) {
            if (paths.isEmpty()) {
                return List.of();
            }
            jpql.append(" AND (");
            int i = 0;
            for (String ignored : paths) {
                jpql.append(i == 0 ? "" : " OR ").append("u.treePath LIKE :path").append(i++);
            }
            jpql.append(')');
        }
        jpql.append(" ORDER BY CASE WHEN o.status = :open THEN 0 ELSE 1 END, o.lodgedAt DESC, o.id DESC");
        var query = entityManager.createQuery(jpql.toString(), GradeObjection.class)
                .setParameter("open", ObjectionStatus.OPEN).setMaxResults(MOST_LISTED);
        if (paths != null) {
            int i = 0;
            for (String path : paths) {
                query.setParameter("path" + i++, path + "%");
            }
        }
        return query.getResultStream().map(objection -> line(objection, scope)).toList();
    }

    private GradeObjection visible(long objectionId, AccessScope scope) {
        GradeObjection objection = entityManager.find(GradeObjection.class, objectionId);
        if (objection == null || !scope.canRead(objection.getGrading().getMeeting().getUnit())) {
            throw new BoardNotFoundException();
        }
        return objection;
    }

    private ObjectionLine line(GradeObjection objection, AccessScope scope) {
        Grading grading = objection.getGrading();
        return new ObjectionLine(objection.getId(), objection.getVersion(), grading.getMeeting().getUnit().getName(),
                grading.getSubjectName(), grading.getGroup(), grading.getPeriod(), objection.getGradeBefore(),
                grading.getGrade(), objection.getText(), objection.getLodgedBy() == null, objection.getLodgedAt(),
                periodOf(grading).lastDay(), objection.getStatus(), objection.getDecisionReason(),
                objection.getStatus() == ObjectionStatus.OPEN
                        && access.grades(grading.getMeeting(), grading.getGroup(), scope));
    }

    private PublicityPeriod periodOf(Grading grading) {
        return publicityRules.get().periodFrom(grading.getMeeting().getPublishedAt().toLocalDate());
    }
}
