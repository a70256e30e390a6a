package org.jiannuo.application.people;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.ResultPage;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.AccountGrants;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Departure;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonProfile;
import org.jiannuo.domain.model.person.PersonRepository;

/** Lists, shows and edits people, each within the caller's access scope; every edit is audited. */
@Stateless
@TenantScoped
public class PeopleDirectory {

    public static final String ENTITY_TYPE = "Person";

    @Inject
    Authorization authorization;

    @Inject
    InScope inScope;

    @Inject
    PersonRepository people;

    @Inject
    PeopleSearchQuery searchQuery;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PersonTransfers transfers;

    @Inject
    PersonDepartures departures;

    @Inject
    AccountGrants accountGrants;

    @Inject
    CommitmentRepository commitments;

    public ResultPage<PersonRow> search(PersonSearch search) {
        return searchQuery.run(search, authorization.currentScope());
    }

    /** The page alone, for a table that has asked for the count already. */
    public List<PersonRow> rows(PersonSearch search) {
        return searchQuery.rows(search, authorization.currentScope());
    }

    /** How many people match, whatever the page. */
    public long count(PersonSearch search) {
        return searchQuery.count(search, authorization.currentScope());
    }

    public PersonDetails details(long personId) {
        AccessScope scope = authorization.currentScope();
        Person person = load(personId, scope);
        return details(person, scope);
    }

    public PersonRow row(long personId) {
        return PersonRow.of(load(personId, authorization.currentScope()));
    }

    /** Moves a person to another branch: both must be within what the caller manages. */
    public PersonDetails transfer(long personId, long branchId) {
        AccessScope scope = authorization.currentScope();
        Person person = load(personId, scope);
        scope.requireManage(person.getOrgUnit());
        OrgUnit branch = inScope.unit(branchId, scope);
        scope.requireManage(branch);
        transfers.transfer(person, branch, LocalDate.now());
        return details(person, scope);
    }

    /**
     * The person leaves the tenant's roster today. Whoever manages the person's unit decides it, provided
     * they also keep the person's account (it is disabled): a branch secretary does not send their own
     * superior away.
     */
    public PersonDetails depart(long personId, Departure reason) {
        AccessScope scope = authorization.currentScope();
        Person person = load(personId, scope);
        scope.requireManage(person.getOrgUnit());
        if (!accountGrants.keeps(scope, person)) {
            throw new AccessDeniedException(scope.account() + " may not take person " + personId + " off the roster");
        }
        departures.depart(person, reason, LocalDate.now());
        return details(person, scope);
    }

    private PersonDetails details(Person person, AccessScope scope) {
        return PersonDetails.of(person, scope.canEdit(person), scope.keepsRecordOf(person),
                people.memberships(person).stream().map(Stay::of).toList());
    }

    /**
     * Saves an edit: the whole profile from a keeper of the person's record, the contact details from the person
     * themselves (any other change of theirs is refused and nothing is saved).
     */
    public PersonDetails revise(long personId, long expectedVersion, PersonProfile profile) {
        AccessScope scope = authorization.currentScope();
        Person person = load(personId, scope);
        scope.requireEdit(person);
        if (person.getVersion() != expectedVersion) {
            throw new StaleEditException("Person " + personId + " is at version " + person.getVersion()
                    + ", the editor opened version " + expectedVersion);
        }
        Map<String, Object> before = person.auditState();
        if (scope.keepsRecordOf(person)) {
            String name = person.getName();
            person.revise(profile);
            if (!person.getName().equals(name)) {
                commitments.renameOwner(person);
            }
        } else {
            person.reviseContact(profile);
        }
        Map<String, Object> after = person.auditState();
        if (!after.equals(before)) {
            auditTrail.record(AuditAction.UPDATE, ENTITY_TYPE, personId,
                    AuditSummary.of(AuditEvent.PERSON_EDITED, person.getName()),
                    before, after);
            try {
                people.flush();
            } catch (OptimisticLockException e) {
                throw new StaleEditException("Person " + personId + " was saved by someone else meanwhile");
            }
        }
        return details(person, scope);
    }

    /** A person outside the scope is reported as absent: its existence is not disclosed either. */
    private Person load(long personId, AccessScope scope) {
        return inScope.person(personId, scope);
    }
}
