package org.jiannuo.application.summary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.summary.Bulletin;
import org.jiannuo.domain.model.summary.BulletinKind;
import org.jiannuo.domain.model.summary.BulletinText;
import org.jiannuo.domain.model.summary.ItemFacts;
import org.jiannuo.domain.model.summary.LedgerFigures;
import org.jiannuo.domain.model.summary.MemberRecord;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.Standing;
import org.jiannuo.domain.model.summary.StandingRule;
import org.jiannuo.domain.model.summary.SummaryRepository;

/**
 * Half-year bulletins (半年通报) and quarterly reports: drafted from the ledger and the monthly grades, edited and
 * published by the unit's own secretary or staff, read by its people once published and by those above it always.
 */
@Stateless
@TenantScoped
public class Bulletins {

    static final String ENTITY = "Bulletin";

    @Inject
    Authorization authorization;

    @Inject
    SummaryAccess access;

    @Inject
    SummaryRepository summaries;

    @Inject
    OrgUnitRepository units;

    @Inject
    PersonRepository people;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    /** The unit's bulletins the caller may read: all of them for those who oversee it, else the published ones. */
    public List<BulletinView> ofUnit(long unitId) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = units.find(unitId).orElseThrow(() -> new UnitNotFoundException(unitId));
        boolean oversees = access.oversees(unit, scope);
        Person own = own(scope);
        if (!oversees && (own == null || !own.getOrgUnit().getTreePath().startsWith(unit.getTreePath()))) {
            throw new UnitNotFoundException(unitId);
        }
        boolean edits = access.editsBulletinsOf(unit, scope);
        return summaries.bulletinsOf(unit, !oversees).stream().map(bulletin -> BulletinView.of(bulletin, edits))
                .toList();
    }

    /** The published bulletins of the caller's own unit, for the member's page; none for an account without a person. */
    public List<BulletinView> ownUnits() {
        Person own = own(authorization.currentScope());
        return own == null ? List.of() : summaries.bulletinsOf(own.getOrgUnit(), true).stream()
                .map(bulletin -> BulletinView.of(bulletin, false)).toList();
    }

    public BulletinView view(long bulletinId) {
        AccessScope scope = authorization.currentScope();
        Bulletin bulletin = readable(bulletinId, scope);
        return BulletinView.of(bulletin, access.editsBulletinsOf(bulletin.getUnit(), scope));
    }

    /** Whether the caller drafts, edits and publishes the unit's bulletins. */
    public boolean edits(long unitId) {
        AccessScope scope = authorization.currentScope();
        return units.find(unitId).filter(unit -> access.editsBulletinsOf(unit, scope)).isPresent();
    }

    /**
     * Drafts the unit's bulletin of the period from the ledger and the grades, or drafts an unpublished one again,
     * replacing its figures and text. The period must have begun; a bulletin of a period not yet over says so
     * as of today.
     */
    public BulletinView draft(long unitId, BulletinKind kind, String periodText, BulletinWording wording) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = units.find(unitId).orElseThrow(() -> new UnitNotFoundException(unitId));
        if (!access.oversees(unit, scope)) {
            throw new UnitNotFoundException(unitId);
        }
        access.requireEditor(unit, scope);
        if (kind == null) {
            throw new RuleViolation("bulletin.kindRequired");
        }
        Period period = Period.parse(periodText);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!period.hasStarted(now.toLocalDate())) {
            throw new RuleViolation("bulletin.periodNotBegun", period.toString());
        }
        Optional<Bulletin> existing = summaries.bulletin(unit, kind, period);
        Map<String, Object> before = existing.map(Bulletin::auditState).orElse(null);
        Bulletin bulletin = existing.orElseGet(() -> new Bulletin(unit, kind, period));
        List<ItemFacts> items = summaries.items(unit, kind, period.year());
        List<Standing> named = List.of();
        Map<StarGrade, Integer> grades = Map.of();
        if (kind.coversMembers()) {
            List<MemberRecord> members = summaries.members(unit, period, items);
            named = StandingRule.named(members, period);
            grades = gradeCounts(members);
        }
        LedgerFigures figures = LedgerFigures.of(period, items, grades);
        bulletin.draft(figures, new BulletinText(wording.body(kind, unit.getName(), period, figures),
                lines(named, Standing.Kind.ADVANCED, wording), lines(named, Standing.Kind.LAGGING, wording)),
                scope.account().username(), now);
        if (existing.isEmpty()) {
            summaries.store(bulletin);
        }
        flush(bulletin.getId() == null ? 0 : bulletin.getId());
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, bulletin.getId(),
                title(AuditEvent.BULLETIN_DRAFTED, bulletin), before, bulletin.auditState());
        return BulletinView.of(bulletin, true);
    }

    /** The secretary's edit of a draft's text; {@code expectedVersion} is the version they saw. */
    public BulletinView edit(long bulletinId, long expectedVersion, BulletinText text) {
        AccessScope scope = authorization.currentScope();
        Bulletin bulletin = editable(bulletinId, expectedVersion, scope);
        Map<String, Object> before = bulletin.auditState();
        bulletin.edit(text);
        flush(bulletinId);
        auditTrail.record(AuditAction.UPDATE, ENTITY, bulletinId, title(AuditEvent.BULLETIN_EDITED, bulletin), before,
                bulletin.auditState());
        return BulletinView.of(bulletin, true);
    }

    /** Publishes the draft as it stands: from now on it is final and its unit's people read it. */
    public BulletinView publish(long bulletinId, long expectedVersion) {
        AccessScope scope = authorization.currentScope();
        Bulletin bulletin = editable(bulletinId, expectedVersion, scope);
        Map<String, Object> before = bulletin.auditState();
        bulletin.publish(scope.account().username(), LocalDateTime.now(clock));
        flush(bulletinId);
        auditTrail.record(AuditAction.UPDATE, ENTITY, bulletinId, title(AuditEvent.BULLETIN_PUBLISHED, bulletin), before,
                bulletin.auditState());
        return BulletinView.of(bulletin, true);
    }

    /** The period a unit's bulletin of this kind would cover if drafted today: the one just ended. */
    public String lastEndedPeriod(BulletinKind kind) {
        return Period.lastEndedBefore(LocalDate.now(clock), kind.periodKind()).toString();
    }

    private Bulletin editable(long bulletinId, long expectedVersion, AccessScope scope) {
        Bulletin bulletin = readable(bulletinId, scope);
        access.requireEditor(bulletin.getUnit(), scope);
        if (bulletin.getVersion() != expectedVersion) {
            throw new StaleEditException("Bulletin " + bulletinId + " changed since it was opened");
        }
        return bulletin;
    }

    private Bulletin readable(long bulletinId, AccessScope scope) {
        Bulletin bulletin = summaries.findBulletin(bulletinId).orElseThrow(() -> new BulletinNotFoundException(bulletinId));
        if (!access.reads(bulletin, scope, own(scope))) {
            throw new BulletinNotFoundException(bulletinId);
        }
        return bulletin;
    }

    private Person own(AccessScope scope) {
        return scope.ownPersonId() == null ? null : people.find(scope.ownPersonId()).orElse(null);
    }

    private void flush(long bulletinId) {
        try {
            summaries.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Bulletin " + bulletinId + " was changed by someone else meanwhile");
        } catch (PersistenceException e) {
            throw new StaleEditException("A bulletin of the period was drafted by someone else meanwhile");
        }
    }

    private static Map<StarGrade, Integer> gradeCounts(List<MemberRecord> members) {
        Map<StarGrade, Integer> counts = new EnumMap<>(StarGrade.class);
        members.forEach(member -> member.grades().values().forEach(grade -> counts.merge(grade, 1, Integer::sum)));
        return counts;
    }

    private static String lines(List<Standing> named, Standing.Kind kind, BulletinWording wording) {
        return named.stream().filter(standing -> standing.kind() == kind).map(wording::line)
                .collect(Collectors.joining("\n"));
    }

    private static AuditSummary title(AuditEvent event, Bulletin bulletin) {
        return AuditSummary.of(event, bulletin.getKind(), bulletin.getUnit().getName(), bulletin.getPeriod());
    }
}
