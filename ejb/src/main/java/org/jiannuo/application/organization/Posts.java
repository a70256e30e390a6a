package org.jiannuo.application.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.people.InScope;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.Appointment;
import org.jiannuo.domain.model.organization.LedUnits;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.organization.Post;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;

/**
 * Appointing people to posts and ending them. A post is what gives an account its role over a
 * subtree (see {@code PostGrants}); nobody edits roles. Every appointment and every ending is in the
 * audit trail, and takes effect on the holder's sessions at their next request.
 */
@Stateless
@TenantScoped
public class Posts {

    @Inject
    Authorization authorization;

    @Inject
    InScope inScope;

    @Inject
    OrgUnitRepository units;

    @Inject
    PersonRepository people;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PostEndings endings;

    /** The posts the person holds, those kept on units first. */
    public List<PostView> of(long personId) {
        AccessScope scope = authorization.currentScope();
        Person person = person(personId, scope);
        List<PostView> posts = new ArrayList<>();
        LedUnits led = units.unitsLedBy(person.getId());
        led.asSecretary().forEach(unit -> posts.add(view(Appointment.SECRETARY, unit)));
        led.asAdministrativeHead().forEach(unit -> posts.add(view(Appointment.ADMINISTRATIVE_HEAD, unit)));
        units.postsOf(person.getId()).forEach(post -> posts.add(view(post.getKind(), post.getUnit())));
        return posts;
    }

    /** Who holds the unit's posts: its secretary and administrative head, then branch staff and leaders. */
    public List<PostHolder> inUnit(long unitId) {
        OrgUnit unit = unit(unitId, authorization.currentScope());
        List<PostHolder> holders = new ArrayList<>();
        for (Appointment kind : List.of(Appointment.SECRETARY, Appointment.ADMINISTRATIVE_HEAD)) {
            Person holder = unit.holder(kind);
            if (holder != null) {
                holders.add(new PostHolder(kind, holder.getId(), holder.getName()));
            }
        }
        units.postsIn(unitId).forEach(post ->
                holders.add(new PostHolder(post.getKind(), post.getPerson().getId(), post.getPerson().getName())));
        return holders;
    }

    /**
     * Appoints the person. A unit's secretary or head replaces the one before; branch staff, leaders and
     * department admins add up.
     *
     * @param unitId the unit; null for a department admin, or a leader of the whole tenant
     */
    public void appoint(long personId, Appointment kind, Long unitId) {
        AccessScope scope = authorization.currentScope();
        Person person = person(personId, scope);
        OrgUnit unit = unitId == null ? null : unit(unitId, scope);
        requireAppointer(scope, kind, unit);
        if (kind.isHeldByUnit()) {
            Map<String, Object> before = unit.auditState();
            Person previous = unit.appoint(kind, person);
            if (previous != null && previous != person) {
                endings.settleSecretaryFlag(kind, previous);
                auditTrail.record(AuditAction.REVOKE, PostEndings.ENTITY, previous.getId(),
                        PostEndings.summary(AuditEvent.POST_ENDED, kind, previous, unit), before, unit.auditState());
            }
            auditTrail.record(AuditAction.GRANT, PostEndings.ENTITY, person.getId(),
                    PostEndings.summary(AuditEvent.POST_GRANTED, kind, person, unit), before, unit.auditState());
            return;
        }
        boolean held = units.postsOf(person.getId()).stream().anyMatch(post -> post.getKind() == kind
                && (unit == null ? post.getUnit() == null : post.getUnit() != null && post.getUnit().getId().equals(unitId)));
        if (!held) {
            Post post = new Post(kind, person, unit, LocalDate.now());
            units.store(post);
            auditTrail.record(AuditAction.GRANT, PostEndings.ENTITY, person.getId(),
                    PostEndings.summary(AuditEvent.POST_GRANTED, kind, person, unit), null, post.auditState());
        }
    }

    /** Ends the person's post; nothing happens when they do not hold it. */
    public void stepDown(long personId, Appointment kind, Long unitId) {
        AccessScope scope = authorization.currentScope();
        Person person = person(personId, scope);
        OrgUnit unit = unitId == null ? null : unit(unitId, scope);
        requireAppointer(scope, kind, unit);
        if (kind.isHeldByUnit()) {
            if (unit.holder(kind) == person) {
                endings.end(kind, unit, person);
            }
            return;
        }
        units.postsOf(person.getId()).stream()
                .filter(post -> post.getKind() == kind && (unit == null ? post.getUnit() == null
                        : post.getUnit() != null && post.getUnit().getId().equals(unitId)))
                .forEach(endings::end);
    }

    /**
     * Department admins are appointed by a department admin, and so are leaders of the whole tenant; a
     * unit's posts by whoever manages the unit; branch staff also by the branch's own secretary.
     */
    private static void requireAppointer(AccessScope scope, Appointment kind, OrgUnit unit) {
        boolean allowed;
        if (unit == null) {
            allowed = (kind == Appointment.DEPARTMENT_ADMIN || kind == Appointment.LEADER)
                    && scope.account().hasRole(Role.DEPARTMENT_ADMIN);
        } else {
            allowed = kind != Appointment.DEPARTMENT_ADMIN && (scope.canManage(unit)
                    || (kind == Appointment.BRANCH_STAFF && scope.hasRoleOver(unit, Role.BRANCH_SECRETARY)));
        }
        if (!allowed) {
            throw new AccessDeniedException(scope.account() + " may not appoint " + kind
                    + (unit == null ? "" : " of unit " + unit.getId()));
        }
    }

    private Person person(long personId, AccessScope scope) {
        return inScope.person(personId, scope);
    }

    private OrgUnit unit(long unitId, AccessScope scope) {
        return inScope.unit(unitId, scope);
    }

    private static PostView view(Appointment kind, OrgUnit unit) {
        return new PostView(kind, unit == null ? null : unit.getId(), unit == null ? null : unit.getName());
    }
}
