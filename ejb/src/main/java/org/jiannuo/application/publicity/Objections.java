package org.jiannuo.application.publicity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiannuo.application.appraisal.AppraisalAccess;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.stars.StarAccess;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.application.yearend.YearEndAccess;
import org.jiannuo.domain.model.appraisal.GradeObjection;
import org.jiannuo.domain.model.appraisal.Grading;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.publicity.HourlyLimit;
import org.jiannuo.domain.model.publicity.Objection;
import org.jiannuo.domain.model.publicity.ObjectionStatus;
import org.jiannuo.domain.model.publicity.PublicKey;
import org.jiannuo.domain.model.publicity.PublicityPeriod;
import org.jiannuo.domain.model.stars.StarAppraisal;
import org.jiannuo.domain.model.stars.StarAppraisalState;
import org.jiannuo.domain.model.stars.StarObjection;
import org.jiannuo.domain.model.stars.StarRating;
import org.jiannuo.domain.model.stars.StarRepository;
import org.jiannuo.domain.model.stars.StarRules;
import org.jiannuo.domain.model.yearend.BranchEvaluation;
import org.jiannuo.domain.model.yearend.BranchState;
import org.jiannuo.domain.model.yearend.MemberEvaluation;
import org.jiannuo.domain.model.yearend.ResultObjection;

/**
 * Objections during publicity (三公示, seed 004) against what the board shows of a person or a branch: a published
 * monthly grade, a member's published year-end result or a village member's published year-end stars (三评两公开,
 * seed 003), which go through the same publicity. Lodged from the board by anyone or inside the application by a
 * member while the target's publicity period lasts; the public key says which kind of target it is. A grade is
 * answered by the grader of its group (the branch secretary for members, the administrative head for staff, the
 * superior's secretary for a branch), a year-end result by the superior that confirms the branch's proposal, stars by
 * the township that confirmed the appraisal (per aspect, within the member's cap and the quotas); each upholds or
 * changes it with a reason. Every step is audited and raises the board's stamp.
 */
@Stateless
@TenantScoped
public class Objections {

    static final int MOST_LISTED = 200;
    static final String TOO_MANY = "objection.tooMany";
    private static final Comparator<Objection<?>> OPEN_FIRST_THEN_LATEST = Comparator
            .<Objection<?>, Integer>comparing(o -> o.getStatus() == ObjectionStatus.OPEN ? 0 : 1)
            .thenComparing(Objection::getLodgedAt, Comparator.reverseOrder())
            .thenComparing(Objection::getId, Comparator.reverseOrder());

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CurrentPublicityRules publicityRules;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Authorization authorization;

    @Inject
    AppraisalAccess gradeAccess;

    @Inject
    YearEndAccess yearEndAccess;

    @Inject
    StarAccess starAccess;

    @Inject
    StarRepository stars;

    @Inject
    AuditTrail auditTrail;

    @Inject
    BoardStamps stamps;

    @Inject
    SenderAddresses senders;

    private final Clock clock = Clock.systemDefaultZone();

    /**
     * Lodges an objection against the published grade, year-end result or stars under this public key: from the
     * board when nobody is signed in, otherwise in the account's name. An unknown or unpublished key is not found. The
     * board takes a few an hour from one address (objections of all kinds together) and against one target (the
     * department's setting); one more is refused, the address's share before the target is even looked up.
     */
    public ObjectionStatus lodge(String targetKey, String text, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime hourAgo = now.minusHours(1);
        HourlyLimit limit = publicityRules.get().objectionLimit();
        String addressHash = senders.hash(currentTenant.code(), address);
        long fromAddress = 0;
        for (Target target : Target.values()) {
            fromAddress += count(target, "o.addressHash = :value", addressHash, hourAgo);
        }
        limit.checkAddress(fromAddress, TOO_MANY);
        String key = PublicKey.parse(targetKey).orElseThrow(BoardNotFoundException::new).value();
        String by = currentTenant.account().map(account -> account.username()).orElse(null);
        Objection<?> objection;
        AuditSummary summary;
        Optional<Grading> grading = publishedGrade(key);
        Optional<MemberEvaluation> result = grading.isPresent() ? Optional.empty() : publishedResult(key);
        if (grading.isPresent()) {
            Grading grade = grading.get();
            limit.checkTarget(count(Target.GRADE, "o.grading = :value", grade, hourAgo), TOO_MANY);
            objection = GradeObjection.lodge(grade, periodOf(grade), text, by, addressHash, now);
            summary = AuditSummary.of(AuditEvent.GRADE_OBJECTION_LODGED, grade.getSubjectName(), grade.getPeriod());
        } else if (result.isPresent()) {
            MemberEvaluation member = result.get();
            limit.checkTarget(count(Target.RESULT, "o.member = :value", member, hourAgo), TOO_MANY);
            objection = ResultObjection.lodge(member, periodOf(member.getBranch()), text, by, addressHash, now);
            summary = AuditSummary.of(AuditEvent.RESULT_OBJECTION_LODGED, member.getPerson().getName(),
                    member.getBranch().getCampaign().getYear());
        } else {
            StarRating rating = publishedStars(key).orElseThrow(BoardNotFoundException::new);
            limit.checkTarget(count(Target.STARS, "o.rating = :value", rating, hourAgo), TOO_MANY);
            objection = StarObjection.lodge(rating, periodOf(rating.getAppraisal()), text, by, addressHash, now);
            summary = AuditSummary.of(AuditEvent.STAR_OBJECTION_LODGED, rating.getPerson().getName(),
                    rating.getYear());
        }
        entityManager.persist(objection);
        entityManager.flush();
        auditTrail.record(AuditAction.CREATE, Target.of(objection).entity, objection.getId(), summary, null,
                objection.auditState());
        stamps.touch();
        return objection.getStatus();
    }

    private Optional<Grading> publishedGrade(String key) {
        return entityManager.createQuery("SELECT g FROM Grading g WHERE g.publicKey = :key"
                + " AND g.meeting.publishedAt IS NOT NULL", Grading.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    private Optional<MemberEvaluation> publishedResult(String key) {
        return entityManager.createQuery("SELECT m FROM MemberEvaluation m WHERE m.publicKey = :key"
                        + " AND m.branch.state = :published", MemberEvaluation.class)
                .setParameter("key", key).setParameter("published", BranchState.PUBLISHED)
                .getResultStream().findFirst();
    }

    private Optional<StarRating> publishedStars(String key) {
        return entityManager.createQuery("SELECT r FROM StarRating r WHERE r.publicKey = :key"
                        + " AND r.appraisal.state = :published", StarRating.class)
                .setParameter("key", key).setParameter("published", StarAppraisalState.PUBLISHED)
                .getResultStream().findFirst();
    }

    private long count(Target target, String condition, Object value, LocalDateTime since) {
        return entityManager.createQuery("SELECT COUNT(o) FROM " + target.entity + " o WHERE " + condition
                + " AND o.lodgedAt > :since", Long.class).setParameter("value", value).setParameter("since", since)
                .getSingleResult();
    }

    /**
     * The answer, by the value's name in the target's scale (a grade, a year-end result) or the stars' code per
     * aspect ({@code 2,2,2,1,1}): the same value upholds the objection, another changes the target; with a reason.
     * Only the grader of a grade, only the superior of a branch's results, only the township reviewer of a village's
     * stars answer; whoever does not read the unit does not find the objection.
     */
    public ObjectionLine decide(long objectionId, long expectedVersion, String value, String reason) {
        AccessScope scope = authorization.currentScope();
        Objection<?> objection = visible(objectionId, scope);
        AuditSummary summary;
        if (objection instanceof GradeObjection against) {
            Grading grading = against.getGrading();
            gradeAccess.requireGrader(grading.getMeeting(), grading.getGroup(), scope);
            summary = AuditSummary.of(AuditEvent.GRADE_OBJECTION_DECIDED, grading.getSubjectName(), grading.getPeriod());
        } else if (objection instanceof ResultObjection against) {
            MemberEvaluation member = against.getMember();
            yearEndAccess.requireConfirmer(member.getBranch().getUnit(), scope);
            summary = AuditSummary.of(AuditEvent.RESULT_OBJECTION_DECIDED, member.getPerson().getName(),
                    member.getBranch().getCampaign().getYear());
        } else {
            StarRating rating = ((StarObjection) objection).getRating();
            starAccess.requireTownshipReviewer(rating.getUnit(), scope);
            summary = AuditSummary.of(AuditEvent.STAR_OBJECTION_DECIDED, rating.getPerson().getName(),
                    rating.getYear());
        }
        if (objection.getVersion() != expectedVersion) {
            throw new StaleEditException("Objection " + objectionId + " was answered by someone else meanwhile");
        }
        Map<String, Object> before = objection.auditState();
        LocalDateTime now = LocalDateTime.now(clock);
        if (objection instanceof StarObjection against) {
            StarRules rules = stars.rules();
            against.answer(rules.ratedCap(against.getRating()), rules.quotas(), value, reason,
                    scope.account().username(), now);
        } else {
            objection.decideByName(value, reason, scope.account().username(), now);
        }
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Objection " + objectionId + " was answered by someone else meanwhile");
        }
        auditTrail.record(AuditAction.UPDATE, Target.of(objection).entity, objectionId, summary, before,
                objection.auditState());
        stamps.touch();
        return line(objection, scope);
    }

    /** The objections of all kinds in units the caller can read, the open first, then the latest. */
    public List<ObjectionLine> list(boolean openOnly) {
        AccessScope scope = authorization.currentScope();
        Set<String> paths = scope.subtreePaths().orElse(null);
        if (paths != null && paths.isEmpty()) {
            return List.of();
        }
        List<Objection<?>> found = new ArrayList<>();
        for (Target target : Target.values()) {
            found.addAll(listed(target, openOnly, paths));
        }
        return found.stream().sorted(OPEN_FIRST_THEN_LATEST).limit(MOST_LISTED).map(o -> line(o, scope)).toList();
    }

    private List<? extends Objection<?>> listed(Target target, boolean openOnly, Set<String> paths) {
        StringBuilder jpql = new StringBuilder(target.listed).append(" WHERE 1 = 1");
        if (openOnly) {
            jpql.append(" AND o.status = :open");
        }
        if (paths != null) {
            jpql.append(" AND (");
            for (int i = 0; i < paths.size(); i++) {
                jpql.append(i == 0 ? "" : " OR ").append("u.treePath LIKE :path").append(i);
            }
            jpql.append(')');
        }
        jpql.append(" ORDER BY CASE WHEN o.status = :open THEN 0 ELSE 1 END, o.lodgedAt DESC, o.id DESC");
        var query = entityManager.createQuery(jpql.toString(), target.type)
                .setParameter("open", ObjectionStatus.OPEN).setMaxResults(MOST_LISTED);
        if (paths != null) {
            int i = 0;
            for (String path : paths) {
                query.setParameter("path" + i++, path + "%");
            }
        }
        return query.getResultList();
    }

    private Objection<?> visible(long objectionId, AccessScope scope) {
        Objection<?> objection = null;
        for (Target target : Target.values()) {
            objection = objection != null ? objection : entityManager.find(target.type, objectionId);
        }
        if (objection == null || !scope.canRead(unitOf(objection))) {
            throw new BoardNotFoundException();
        }
        return objection;
    }

    private static OrgUnit unitOf(Objection<?> objection) {
        if (objection instanceof GradeObjection against) {
            return against.getGrading().getMeeting().getUnit();
        }
        return objection instanceof ResultObjection against ? against.getMember().getBranch().getUnit()
                : ((StarObjection) objection).getRating().getUnit();
    }

    private ObjectionLine line(Objection<?> objection, AccessScope scope) {
        boolean open = objection.getStatus() == ObjectionStatus.OPEN;
        if (objection instanceof GradeObjection against) {
            Grading grading = against.getGrading();
            return line(objection, ObjectionKind.GRADE, grading.getMeeting().getUnit(), grading.getSubjectName(),
                    grading, grading.getPeriod().toString(), periodOf(grading).lastDay(),
                    open && gradeAccess.grades(grading.getMeeting(), grading.getGroup(), scope));
        }
        if (objection instanceof ResultObjection against) {
            MemberEvaluation member = against.getMember();
            BranchEvaluation branch = member.getBranch();
            return line(objection, ObjectionKind.RESULT, branch.getUnit(), member.getPerson().getName(), null,
                    String.valueOf(branch.getCampaign().getYear()), periodOf(branch).lastDay(),
                    open && yearEndAccess.confirms(branch.getUnit(), scope));
        }
        StarObjection against = (StarObjection) objection;
        StarRating rating = against.getRating();
        ObjectionLine line = line(objection, ObjectionKind.STARS, rating.getUnit(), rating.getPerson().getName(), null,
                String.valueOf(rating.getYear()), periodOf(rating.getAppraisal()).lastDay(),
                open && starAccess.reviewsFor(rating.getUnit(), scope));
        return line.withStars(new ObjectionStars(rating.getCap(), stars.rules().ratedCap(rating).mostPerAspect(),
                against.before().total(), rating.getTotal(), rating.getStars().asMap()));
    }

    private static ObjectionLine line(Objection<?> objection, ObjectionKind kind, OrgUnit unit, String subjectName,
            Grading grading, String period, LocalDate publicityEnds, boolean mayDecide) {
        return new ObjectionLine(objection.getId(), objection.getVersion(), kind, unit.getName(), subjectName,
                grading == null ? null : grading.getGroup(), period, objection.beforeName(),
                objection.currentName(), objection.getText(), objection.getLodgedBy() == null,
                objection.getLodgedAt(), publicityEnds, objection.getStatus(), objection.getDecisionReason(), mayDecide,
                null);
    }

    private PublicityPeriod periodOf(Grading grading) {
        return publicityRules.get().periodFrom(grading.getMeeting().getPublishedAt().toLocalDate());
    }

    private PublicityPeriod periodOf(BranchEvaluation branch) {
        return publicityRules.get().periodFrom(branch.getPublishedAt().toLocalDate());
    }

    private PublicityPeriod periodOf(StarAppraisal appraisal) {
        return publicityRules.get().periodFrom(appraisal.getPublishedOn());
    }

    /** The kinds' entities, and how each is listed with the unit that answers for it ({@code u}). */
    private enum Target {
        GRADE("GradeObjection", GradeObjection.class,
                "SELECT o FROM GradeObjection o JOIN FETCH o.grading g JOIN FETCH g.meeting m JOIN FETCH m.unit u"),
        RESULT("ResultObjection", ResultObjection.class, "SELECT o FROM ResultObjection o JOIN FETCH o.member e"
                + " JOIN FETCH e.branch b JOIN FETCH b.unit u JOIN FETCH e.person p JOIN FETCH b.campaign c"),
        STARS("StarObjection", StarObjection.class, "SELECT o FROM StarObjection o JOIN FETCH o.rating r"
                + " JOIN FETCH r.unit u JOIN FETCH r.person p JOIN FETCH r.appraisal a");

        final String entity;
        final Class<? extends Objection<?>> type;
        final String listed;

        Target(String entity, Class<? extends Objection<?>> type, String listed) {
            this.entity = entity;
            this.type = type;
            this.listed = listed;
        }

        static Target of(Objection<?> objection) {
            for (Target target : values()) {
                if (target.type.isInstance(objection)) {
                    return target;
                }
            }
            throw new IllegalArgumentException("No kind of objection: " + objection);
        }
    }
}
