package org.jiannuo.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;

/**
 * Units and people as the caller finds them: one outside the caller's scope is reported absent like one
 * that does not exist, so that its existence is not disclosed either.
 */
@ApplicationScoped
public class InScope {

    @Inject
    OrgUnitRepository units;

    @Inject
    PersonRepository people;

    public OrgUnit unit(long unitId, AccessScope scope) {
        return units.find(unitId).filter(scope::canRead).orElseThrow(() -> new UnitNotFoundException(unitId));
    }

    public Person person(long personId, AccessScope scope) {
        return people.find(personId).filter(scope::canRead).orElseThrow(() -> new PersonNotFoundException(personId));
    }
}
