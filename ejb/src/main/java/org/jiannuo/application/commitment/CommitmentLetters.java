package org.jiannuo.application.commitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;

/**
 * What goes into the public commitment letters (公开承诺书): the approved items of a member, of
 * every member of a branch, or of an organization itself. Drafts and items under review are not
 * printed; nobody signs what has not been approved.
 */
@Stateless
@TenantScoped
public class CommitmentLetters {

    @Inject
    Authorization authorization;

    @Inject
    CommitmentRepository commitments;

    @Inject
    PersonRepository people;

    @Inject
    OrgUnitRepository units;

    public List<LetterItem> ofPerson(long personId, int year) {
        AccessScope scope = authorization.currentScope();
        Person person = people.find(personId).filter(scope::canRead).orElseThrow(() -> new PersonNotFoundException(personId));
        return approved(commitments.ofPerson(person, year));
    }

    /** Every member's letter of a branch, member by member. */
    public List<LetterItem> ofMembers(long unitId, int year) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = units.find(unitId).filter(scope::canRead).orElseThrow(() -> new UnitNotFoundException(unitId));
        return commitments.approvedOfMembers(unit, year).stream().map(LetterItem::of).toList();
    }

    public List<LetterItem> ofUnit(long unitId, int year) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = units.find(unitId).filter(found -> scope.canRead(found) || scope.canCommitFor(found))
                .orElseThrow(() -> new UnitNotFoundException(unitId));
        return approved(commitments.ofUnit(unit, year));
    }

    private static List<LetterItem> approved(List<Commitment> items) {
        return items.stream()
                .filter(item -> item.getStatus().isApproved())
                .map(LetterItem::of)
                .toList();
    }
}
