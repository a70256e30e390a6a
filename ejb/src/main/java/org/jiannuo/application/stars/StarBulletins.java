package org.jiannuo.application.stars;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.stars.StarBulletin;
import org.jiannuo.domain.model.stars.StarProgress;
import org.jiannuo.domain.model.stars.StarRepository;
import org.jiannuo.domain.model.stars.StarRules;
import org.jiannuo.domain.model.stars.StarTarget;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;

/**
 * The quarterly star bulletin (季度星级通报, seed 003): the village's branch secretary has the system draft the
 * quarter's meeting with each member's progress from their target and log book, records the meeting and publishes
 * it; whoever reads the village reads its bulletins, and a township reads the published bulletins of its villages
 * as one collection.
 */
@Stateless
@TenantScoped
public class StarBulletins {

    static final String ENTITY = "StarBulletin";

    @Inject
    Authorization authorization;

    @Inject
    StarAccess access;

    @Inject
    StarRepository stars;

    @Inject
    VillageMembers members;

    @Inject
    TownshipBulletinQuery township;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    /** The quarter a meeting held today reports on: the current one. */
    public String currentQuarter() {
        return Period.containing(LocalDate.now(clock), PeriodKind.QUARTER).toString();
    }

    /** The village's bulletins of the year, drafts included, for those who read the village. */
    public List<StarBulletinView> ofUnit(long unitId, int year) {
        OrgUnit unit = members.unit(unitId);
        AccessScope scope = authorization.currentScope();
        access.requireReader(unit, scope);
        boolean secretary = access.isBranchSecretaryOf(unit, scope);
        return stars.starBulletinsOf(unit, year).stream().map(b -> StarBulletinView.of(b, secretary)).toList();
    }

    public StarBulletinView view(long bulletinId) {
        AccessScope scope = authorization.currentScope();
        StarBulletin bulletin = readable(bulletinId, scope);
        return StarBulletinView.of(bulletin, access.isBranchSecretaryOf(bulletin.getUnit(), scope));
    }

    /** Whether the caller holds the village's bulletin meetings. */
    public boolean holdsMeetingsOf(long unitId) {
        return access.isBranchSecretaryOf(members.unit(unitId), authorization.currentScope());
    }

    /**
     * Drafts the village's bulletin of the quarter, or drafts a draft again: each member on the village's book now,
     * with their target of the year and the pages of their log book from the year's start to the quarter's end.
     */
    public StarBulletinView draft(long unitId, String quarterText) {
        OrgUnit unit = members.unit(unitId);
        AccessScope scope = authorization.currentScope();
        access.requireBranchSecretary(unit, scope);
        Period quarter = Period.parse(quarterText);
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<StarBulletin> existing = stars.starBulletin(unit, quarter);
        Map<String, Object> before = existing.map(StarBulletin::auditState).orElse(null);
        StarBulletin bulletin = existing.orElseGet(() -> new StarBulletin(unit, quarter, now.toLocalDate()));
        StarRules rules = stars.rules();
        Map<Long, StarTarget> targets = stars.targetsIn(unit, quarter.year()).stream()
                .collect(Collectors.toMap(t -> t.getPerson().getId(), Function.identity()));
        var pages = stars.pagesIn(unit, LocalDate.of(quarter.year(), 1, 1), quarter.lastDay());
        bulletin.draft(stars.villageMembersOf(unit).stream().map(person -> {
            StarTarget target = targets.get(person.getId());
            return StarProgress.Draft.of(person, target, rules.ratingCap(person, target),
                    pages.getOrDefault(person.getId(), Map.of()));
        }).toList(), scope.account().username(), now);
        if (existing.isEmpty()) {
            stars.store(bulletin);
        }
        flush(unitId);
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, bulletin.getId(),
                title(AuditEvent.STAR_BULLETIN_DRAFTED, bulletin), before, bulletin.auditState());
        return StarBulletinView.of(bulletin, true);
    }

    /** The secretary's record of the meeting on a draft; {@code expectedVersion} is the version they saw. */
    public StarBulletinView record(long bulletinId, long expectedVersion, MeetingRecord record) {
        AccessScope scope = authorization.currentScope();
        StarBulletin bulletin = editable(bulletinId, expectedVersion, scope);
        Map<String, Object> before = bulletin.auditState();
        bulletin.record(record.heldOn(), record.attendees(), record.problems(), record.suggestions(),
                record.remarks(), LocalDate.now(clock));
        flush(bulletinId);
        auditTrail.record(AuditAction.UPDATE, ENTITY, bulletinId, title(AuditEvent.STAR_BULLETIN_RECORDED, bulletin),
                before, bulletin.auditState());
        return StarBulletinView.of(bulletin, true);
    }

    /** Publishes the bulletin as it stands: final from now on, and in the township's collection. */
    public StarBulletinView publish(long bulletinId, long expectedVersion) {
        AccessScope scope = authorization.currentScope();
        StarBulletin bulletin = editable(bulletinId, expectedVersion, scope);
        Map<String, Object> before = bulletin.auditState();
        bulletin.publish(scope.account().username(), LocalDateTime.now(clock));
        flush(bulletinId);
        auditTrail.record(AuditAction.UPDATE, ENTITY, bulletinId, title(AuditEvent.STAR_BULLETIN_PUBLISHED, bulletin),
                before, bulletin.auditState());
        return StarBulletinView.of(bulletin, false);
    }

    /** One bulletin's lines for its report, drafts too for those who read them. */
    public <R> R readBulletin(long bulletinId, Function<Iterator<BulletinLine>, R> reader) {
        StarBulletinView bulletin = view(bulletinId);
        return reader.apply(bulletin.lines().stream().map(line -> BulletinLine.of(bulletin, line)).iterator());
    }

    /**
     * The published bulletins of the quarter in the unit's subtree (a township's villages), read in one pass: the
     * reader gets the lines while this call's transaction keeps the database cursor open.
     */
    public <R> R readCollection(long unitId, String quarterText, Function<Iterator<BulletinLine>, R> reader) {
        OrgUnit unit = members.unit(unitId);
        access.requireReader(unit, authorization.currentScope());
        Period quarter = Period.parse(quarterText);
        if (quarter.kind() != PeriodKind.QUARTER) {
            throw new RuleViolation("starBulletin.quarterOnly", quarterText);
        }
        try (Stream<BulletinLine> lines = township.lines(unit, quarter)) {
            return reader.apply(lines.iterator());
        }
    }

    /** The unit's name, for the collection's title; refused like the collection to those who may not read it. */
    public String unitName(long unitId) {
        OrgUnit unit = members.unit(unitId);
        access.requireReader(unit, authorization.currentScope());
        return unit.getName();
    }

    private StarBulletin editable(long bulletinId, long expectedVersion, AccessScope scope) {
        StarBulletin bulletin = readable(bulletinId, scope);
        access.requireBranchSecretary(bulletin.getUnit(), scope);
        if (bulletin.getVersion() != expectedVersion) {
            throw new StaleEditException("Star bulletin " + bulletinId + " changed since it was opened");
        }
        return bulletin;
    }

    private StarBulletin readable(long bulletinId, AccessScope scope) {
        StarBulletin bulletin = stars.findStarBulletin(bulletinId)
                .orElseThrow(() -> new StarBookNotFoundException(ENTITY, bulletinId));
        if (!scope.canRead(bulletin.getUnit())) {
            throw new StarBookNotFoundException(ENTITY, bulletinId);
        }
        return bulletin;
    }

    private void flush(long id) {
        try {
            stars.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Star bulletin " + id + " was changed meanwhile");
        } catch (PersistenceException e) {
            throw new StaleEditException("A star bulletin of the quarter was drafted meanwhile");
        }
    }

    private static AuditSummary title(AuditEvent event, StarBulletin bulletin) {
        return AuditSummary.of(event, bulletin.getUnit().getName(), bulletin.getPeriod());
    }
}
