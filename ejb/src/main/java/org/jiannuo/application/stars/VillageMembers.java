package org.jiannuo.application.stars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;

/** Finds the people and villages the star services act on, or says they are not there. */
@ApplicationScoped
public class VillageMembers {

    @Inject
    PersonRepository people;

    @Inject
    OrgUnitRepository units;

    public Person find(long personId) {
        return people.find(personId).orElseThrow(() -> new PersonNotFoundException(personId));
    }

    public OrgUnit unit(long unitId) {
        return units.find(unitId).orElseThrow(() -> new UnitNotFoundException(unitId));
    }

    /** The caller's own record; an account without one has no star book. */
    public Person own(AccessScope scope) {
        Long personId = scope.ownPersonId();
        if (personId == null) {
            throw new AccessDeniedException(scope.account() + " has no star book of their own");
        }
        return find(personId);
    }
}
