package org.jiannuo.application.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.Appointment;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.organization.Post;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;

/**
 * Ends posts, audited: when their holder steps down (through {@link Posts}, which checks who may) and when a
 * transfer takes the holder out of the unit or the holder leaves the roster (in that change's transaction).
 */
@ApplicationScoped
public class PostEndings {

    static final String ENTITY = "Post";

    @Inject
    OrgUnitRepository units;

    @Inject
    PersonRepository people;

    @Inject
    AuditTrail auditTrail;

    /** The posts that need the person under their unit end when the person now belongs elsewhere. */
    public void endPostsOutside(Person person, OrgUnit newUnit) {
        endPosts(person, unit -> !newUnit.getTreePath().startsWith(unit.getTreePath()),
                post -> !post.fitsMemberOf(newUnit));
    }

    /** Every post of a person who leaves the roster ends. */
    public void endAllPosts(Person person) {
        endPosts(person, unit -> true, post -> true);
    }

    private void endPosts(Person person, Predicate<OrgUnit> unitPostEnds, Predicate<Post> postEnds) {
        for (Appointment kind : List.of(Appointment.SECRETARY, Appointment.ADMINISTRATIVE_HEAD)) {
            List<OrgUnit> held = kind == Appointment.SECRETARY ? units.unitsWithSecretary(person.getId())
                    : units.unitsWithAdministrativeHead(person.getId());
            held.stream().filter(unitPostEnds).forEach(unit -> end(kind, unit, person));
        }
        units.postsOf(person.getId()).stream().filter(postEnds).forEach(this::end);
    }

    void end(Appointment kind, OrgUnit unit, Person person) {
        Map<String, Object> before = unit.auditState();
        unit.vacate(kind);
        settleSecretaryFlag(kind, person);
        auditTrail.record(AuditAction.REVOKE, ENTITY, person.getId(),
                summary(AuditEvent.POST_ENDED, kind, person, unit), before,
                unit.auditState());
    }

    void end(Post post) {
        auditTrail.record(AuditAction.REVOKE, ENTITY, post.getPerson().getId(),
                summary(AuditEvent.POST_ENDED, post.getKind(), post.getPerson(), post.getUnit()),
                post.auditState(), null);
        units.remove(post);
    }

    /** A person who is secretary of no unit any more is no longer flagged as one. */
    void settleSecretaryFlag(Appointment kind, Person person) {
        if (kind == Appointment.SECRETARY) {
            people.flush();
            if (units.countSecretaryPosts(person) == 0) {
                person.stepDownAsSecretary();
            }
        }
    }

    static AuditSummary summary(AuditEvent event, Appointment kind, Person person, OrgUnit unit) {
        return AuditSummary.of(event, person.getName(), unit == null ? new AuditSummary.Word("tenant") : unit.getName(),
                kind);
    }
}
