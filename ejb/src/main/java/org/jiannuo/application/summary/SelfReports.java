package org.jiannuo.application.summary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;
import org.jiannuo.domain.model.summary.SelfReport;
import org.jiannuo.domain.model.summary.SummaryRepository;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * Members' half-year self-reports (seed 000) and their annual self-evaluation ({@code 2026-Y1}, the year-end
 * evaluation's): each writes their own; those who read the unit read them all.
 */
@Stateless
@TenantScoped
public class SelfReports {

    static final String ENTITY = "SelfReport";

    @Inject
    Authorization authorization;

    @Inject
    SummaryAccess access;

    @Inject
    SummaryRepository summaries;

    @Inject
    PersonRepository people;

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    /** The half a member reports on today: the current one. */
    public String currentHalf() {
        return Period.containing(LocalDate.now(clock), PeriodKind.HALF_YEAR).toString();
    }

    /** The caller's own report on the half, or an empty one. */
    public SelfReportView own(String half) {
        Person person = own(authorization.currentScope());
        Period period = half(half);
        return summaries.selfReport(person, period).map(SelfReportView::of)
                .orElseGet(() -> SelfReportView.none(person.getId(), person.getName(), period.toString()));
    }

    /**
     * Saves the caller's own report on the half, submitting it when asked. {@code expectedVersion} is the version
     * the writer saw (0 for a new report): a second tab does not overwrite the first.
     */
    public SelfReportView write(String half, long expectedVersion, String done, String undone, String nextSteps,
            boolean submit) {
        Person person = own(authorization.currentScope());
        Period period = half(half);
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<SelfReport> existing = summaries.selfReport(person, period);
        if (existing.map(SelfReport::getVersion).orElse(0L) != expectedVersion) {
            throw new StaleEditException("The self-report of " + person.getId() + " changed since it was opened");
        }
        Map<String, Object> before = existing.map(SelfReport::auditState).orElse(null);
        SelfReport report = existing.orElseGet(() -> new SelfReport(person, period, now.toLocalDate()));
        report.write(done, undone, nextSteps, submit, now);
        if (existing.isEmpty()) {
            summaries.store(report);
        }
        try {
            summaries.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("The self-report of " + person.getId() + " was changed meanwhile");
        } catch (PersistenceException e) {
            throw new StaleEditException("The self-report of " + person.getId() + " was written meanwhile");
        }
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, report.getId(),
                AuditSummary.of(AuditEvent.SELF_REPORT_SAVED, person.getName(), period), before, report.auditState());
        return SelfReportView.of(report);
    }

    /** Everyone on the unit's roster with their report on the half, an empty one for those who wrote none. */
    public List<SelfReportView> ofUnit(long unitId, String half) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = units.find(unitId).orElseThrow(() -> new UnitNotFoundException(unitId));
        if (!access.oversees(unit, scope)) {
            throw new UnitNotFoundException(unitId);
        }
        Period period = half(half);
        Map<Long, SelfReport> written = summaries.selfReportsIn(unit, period).stream()
                .collect(Collectors.toMap(report -> report.getPerson().getId(), Function.identity()));
        List<SelfReportView> roster = summaries.rosterOf(unit).stream()
                .map(person -> written.containsKey(person.getId()) ? SelfReportView.of(written.remove(person.getId()))
                        : SelfReportView.none(person.getId(), person.getName(), period.toString()))
                .collect(Collectors.toList());
        written.values().forEach(report -> roster.add(SelfReportView.of(report)));
        return roster;
    }

    private Person own(AccessScope scope) {
        Long personId = scope.ownPersonId();
        if (personId == null) {
            throw new AccessDeniedException(scope.account() + " has no record of their own to report on");
        }
        return people.find(personId).orElseThrow(() -> new PersonNotFoundException(personId));
    }

    private static Period half(String text) {
        Period period = Period.parse(text);
        if (period.kind() == PeriodKind.QUARTER) {
            throw new RuleViolation("selfReport.halfOnly");
        }
        return period;
    }
}
