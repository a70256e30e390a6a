package org.jiannuo.application.opinion;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.StaleEditException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.opinion.Opinion;
import org.jiannuo.domain.model.opinion.OpinionChannel;
import org.jiannuo.domain.model.opinion.OpinionCount;
import org.jiannuo.domain.model.opinion.OpinionFilter;
import org.jiannuo.domain.model.opinion.OpinionRepository;
import org.jiannuo.domain.model.opinion.OpinionRules;
import org.jiannuo.domain.model.opinion.OpinionState;
import org.jiannuo.domain.model.opinion.OpinionTarget;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * Where the units handle the opinions that reach them (seed 004): the secretary and staff of the handling unit,
 * those above it and the department reply, forward and close, and enter what came in on the public phone;
 * leaders read. Opinions carry the writer's contact, so members and administrative heads see none.
 */
@Stateless
@TenantScoped
public class OpinionDesk {

    /** Handle opinions: the handling unit's secretary and staff, a secretary above it, the department. */
    static final Role[] HANDLERS = {Role.DEPARTMENT_ADMIN, Role.COMMITTEE_SECRETARY, Role.BRANCH_SECRETARY,
        Role.BRANCH_STAFF};
    private static final Role[] READERS = {Role.COMMITTEE_SECRETARY, Role.BRANCH_SECRETARY, Role.BRANCH_STAFF,
        Role.LEADER};

    @Inject
    Authorization authorization;

    @Inject
    OpinionRepository opinions;

    @Inject
    OpinionTargets targets;

    @Inject
    OpinionIntake intake;

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditTrail auditTrail;

    private static final int CHOICES = 20;

    private final Clock clock = Clock.systemDefaultZone();

    /** A page of the opinions handled within the caller's reach, the nearest deadline first. */
    public ResultPage<OpinionLine> page(OpinionState state, boolean overdueOnly, int first, int pageSize) {
        LocalDate today = LocalDate.now(clock);
        OpinionFilter filter = new OpinionFilter(readablePaths(authorization.currentScope()), state, overdueOnly, today);
        List<OpinionLine> rows = opinions.search(filter, first, pageSize).stream()
                .map(opinion -> OpinionLine.of(opinion, today)).toList();
        return ResultPage.of(rows, first, pageSize, () -> opinions.count(filter));
    }

    public OpinionLine opinion(long id) {
        AccessScope scope = authorization.currentScope();
        Opinion opinion = load(id);
        readablePaths(scope).ifPresent(paths -> {
            if (paths.stream().noneMatch(path -> opinion.getHandler().getTreePath().startsWith(path))) {
                throw new AccessDeniedException(scope.account() + " may not read opinion " + id);
            }
        });
        return OpinionLine.of(opinion, LocalDate.now(clock));
    }

    /** An opinion taken on the unit's public phone, entered by staff who answer for the target. */
    public OpinionReceipt enterPhoneOpinion(OpinionRequest request) {
        AccessScope scope = authorization.currentScope();
        OpinionTarget target = targets.find(request.kind(), request.targetId());
        requireHandler(scope, target.handler());
        return intake.receive(target, request.text(), new Opinion.Writer(request.name(), request.contact()),
                OpinionChannel.PHONE, opinions.rulesInForce(), null, scope.account().username(), LocalDateTime.now(clock));
    }

    public OpinionLine reply(long id, long expectedVersion, String answer) {
        OpinionRules rules = opinions.rulesInForce();
        return handle(id, expectedVersion, AuditEvent.OPINION_ANSWERED, (opinion, by) -> opinion.reply(answer, rules, by,
                LocalDateTime.now(clock)));
    }

    public OpinionLine forward(long id, long expectedVersion, long unitId, String note) {
        OpinionRules rules = opinions.rulesInForce();
        OrgUnit unit = units.find(unitId).orElseThrow(() -> new RuleViolation("opinion.forwardUnitInvalid"));
        return handle(id, expectedVersion, AuditEvent.OPINION_FORWARDED, (opinion, by) -> opinion.forwardTo(unit, note,
                rules, LocalDate.now(clock)));
    }

    public OpinionLine close(long id, long expectedVersion, String note) {
        return handle(id, expectedVersion, AuditEvent.OPINION_CLOSED, (opinion, by) -> opinion.close(note, by, LocalDateTime.now(clock)));
    }

    /** Active units of the tenant whose name contains the text: where an opinion may be forwarded, or a call be about. */
    public List<UnitChoice> units(String nameContains) {
        AccessScope scope = authorization.currentScope();
        if (!scope.account().hasAnyRole(HANDLERS)) {
            throw new AccessDeniedException(scope.account() + " handles no opinions");
        }
        return units.findByName(nameContains == null ? "" : nameContains.strip(), CHOICES).stream()
                .filter(unit -> !unit.isDissolved())
                .map(unit -> new UnitChoice(unit.getId(), unit.getName())).toList();
    }

    /**
     * Open and overdue opinions per top-level committee: the department's view, for those who oversee the whole
     * tenant; nothing for anyone else (a secretary has the list of their own).
     */
    public List<OpinionCount> countsByCommittee() {
        return authorization.currentScope().isTenantWide() ? opinions.countByCommittee(LocalDate.now(clock)) : List.of();
    }

    private interface Handling {
        void apply(Opinion opinion, String by);
    }

    private OpinionLine handle(long id, long expectedVersion, AuditEvent event, Handling handling) {
        AccessScope scope = authorization.currentScope();
        Opinion opinion = load(id);
        requireHandler(scope, opinion.getHandler());
        if (opinion.getVersion() != expectedVersion) {
            throw new StaleEditException("Opinion " + id + " changed meanwhile");
        }
        Map<String, Object> before = opinion.auditState();
        handling.apply(opinion, scope.account().username());
        opinions.flush();
        auditTrail.record(AuditAction.UPDATE, OpinionIntake.ENTITY, id, AuditSummary.of(event, opinion.getTargetLabel(), opinion.getHandler().getName()), before,
                opinion.auditState());
        return OpinionLine.of(opinion, LocalDate.now(clock));
    }

    private Opinion load(long id) {
        return opinions.find(id).orElseThrow(() -> new RuleViolation("opinion.notFound", id));
    }

    private static void requireHandler(AccessScope scope, OrgUnit handler) {
        if (!scope.hasRoleOver(handler, HANDLERS)) {
            throw new AccessDeniedException(scope.account() + " does not handle opinions of unit " + handler.getId());
        }
    }

    /** Empty for the whole tenant; otherwise the subtrees the caller handles or reads. Nobody else reads opinions. */
    private static Optional<Set<String>> readablePaths(AccessScope scope) {
        if (scope.isTenantWide()) {
            return Optional.empty();
        }
        Set<String> paths = scope.pathsOf(READERS);
        if (paths.isEmpty()) {
            throw new AccessDeniedException(scope.account() + " reads no opinions");
        }
        return Optional.of(paths);
    }
}
