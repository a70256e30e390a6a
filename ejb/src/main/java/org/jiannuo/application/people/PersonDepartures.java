package org.jiannuo.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.organization.PostEndings;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.person.Departure;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;

/**
 * A person leaves the tenant's roster, in one transaction: the stay ends, every post ends (and with it
 * the roles), the account is disabled (its sessions and tokens with it), and each step is audited.
 * Nothing of theirs is deleted: commitments, records, grades and the account stay for the ledger.
 */
@ApplicationScoped
public class PersonDepartures {

    @Inject
    PersonRepository people;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PostEndings postEndings;

    @Inject
    AuditTrail auditTrail;

    public void depart(Person person, Departure reason, LocalDate on) {
        Map<String, Object> before = person.auditState();
        people.store(person.leave(reason, on, people.currentMembership(person)));
        postEndings.endAllPosts(person);
        auditTrail.record(AuditAction.DEPART, PeopleDirectory.ENTITY_TYPE, person.getId(),
                AuditSummary.of(AuditEvent.PERSON_DEPARTED, person.getName(), person.getOrgUnit().getName(), reason),
                before,
                person.auditState());
        accounts.findByPerson(person.getId()).filter(account -> account.isEnabled()).ifPresent(account -> {
            Map<String, Object> accountBefore = account.auditState();
            account.disable();
            auditTrail.record(AuditAction.ACCOUNT, "UserAccount", account.getId(),
                    AuditSummary.of(AuditEvent.ACCOUNT_DISABLED_ON_DEPARTURE, account.getUsername()),
                    accountBefore, account.auditState());
        });
    }
}
