package org.jiannuo.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.organization.PostEndings;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;

/**
 * Moves a person to another branch, keeping where they belonged when, with an audit entry. The posts that
 * need the person under their unit end with it, and with them the roles of the person's account.
 */
@ApplicationScoped
public class PersonTransfers {

    @Inject
    PersonRepository people;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PostEndings postEndings;

    public void transfer(Person person, OrgUnit branch, LocalDate on) {
        Map<String, Object> before = person.auditState();
        String from = person.getOrgUnit().getName();
        person.transferTo(branch, on, people.currentMembership(person)).forEach(people::store);
        postEndings.endPostsOutside(person, branch);
        auditTrail.record(AuditAction.TRANSFER, PeopleDirectory.ENTITY_TYPE, person.getId(),
                AuditSummary.of(AuditEvent.PERSON_TRANSFERRED, person.getName(), from, branch.getName()),
                before, person.auditState());
    }
}
