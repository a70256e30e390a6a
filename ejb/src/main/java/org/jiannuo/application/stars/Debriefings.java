package org.jiannuo.application.stars;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.stars.StarDebriefing;
import org.jiannuo.domain.model.stars.StarRepository;
import org.jiannuo.domain.model.summary.Period;
import org.jiannuo.domain.model.summary.PeriodKind;

/**
 * A village member's half-year debriefing (述职, seed 003), written by the member themselves on their phone: only
 * their own, and only as a member of a village.
 */
@Stateless
@TenantScoped
public class Debriefings {

    static final String ENTITY = "StarDebriefing";

    @Inject
    Authorization authorization;

    @Inject
    StarRepository stars;

    @Inject
    VillageMembers members;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    /** The half a debriefing written today is on: the current one. */
    public String currentHalf() {
        return Period.containing(LocalDate.now(clock), PeriodKind.HALF_YEAR).toString();
    }

    public DebriefingView own(String halfText) {
        Person person = members.own(authorization.currentScope());
        Period half = Period.parse(halfText);
        if (person.getVillageCategory() == null) {
            throw new RuleViolation("stars.notVillageMember", person.getName());
        }
        return stars.debriefing(person, half).map(DebriefingView::of)
                .orElseGet(() -> new DebriefingView(half.toString(), "", "", false, 0));
    }

    /** Saves the member's own debriefing, or submits it; {@code expectedVersion} is the one they saw (0 for new). */
    public DebriefingView write(String halfText, long expectedVersion, String achievements, String shortcomings,
            boolean submit) {
        Person person = members.own(authorization.currentScope());
        Period half = Period.parse(halfText);
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<StarDebriefing> existing = stars.debriefing(person, half);
        if (existing.map(StarDebriefing::getVersion).orElse(0L) != expectedVersion) {
            throw new StaleEditException("The debriefing of " + person.getId() + " changed since it was opened");
        }
        Map<String, Object> before = existing.map(StarDebriefing::auditState).orElse(null);
        StarDebriefing debriefing = existing.orElseGet(() -> new StarDebriefing(person, half, now.toLocalDate()));
        debriefing.write(achievements, shortcomings, submit, now);
        if (existing.isEmpty()) {
            stars.store(debriefing);
        }
        try {
            stars.flush();
        } catch (PersistenceException e) {
            throw new StaleEditException("The debriefing of " + person.getId() + " was written meanwhile");
        }
        auditTrail.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, debriefing.getId(),
                AuditSummary.of(AuditEvent.STAR_DEBRIEFING_WRITTEN, person.getName(), half), before,
                debriefing.auditState());
        return DebriefingView.of(debriefing);
    }
}
