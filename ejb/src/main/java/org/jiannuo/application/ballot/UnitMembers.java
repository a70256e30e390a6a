package org.jiannuo.application.ballot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiannuo.domain.model.ballot.Electorate;
import org.jiannuo.domain.model.ballot.Eligibility;
import org.jiannuo.domain.model.ballot.Occasion;
import org.jiannuo.domain.model.person.PersonRepository;

/** The people of the occasion's unit (e.g. the members of a branch), each with their own account. */
@ApplicationScoped
public class UnitMembers implements Electorate {

    @Inject
    PersonRepository people;

    @Override
    public Eligibility serves() {
        return Eligibility.UNIT_MEMBERS;
    }

    @Override
    public boolean admits(Occasion occasion, long personId) {
        return people.find(personId).map(person -> person.getOrgUnit() != null
                && person.getOrgUnit().getId().equals(occasion.getUnit().getId())).orElse(false);
    }

    @Override
    public int size(Occasion occasion) {
        return people.inUnit(occasion.getUnit().getId()).size();
    }

    /** One grouped count for many occasions' units, instead of each unit's roster read whole. */
    @Override
    public Map<Long, Integer> sizes(Collection<Occasion> occasions) {
        Map<Long, Integer> byUnit = people.countInUnits(occasions.stream().map(o -> o.getUnit().getId())
                .collect(Collectors.toSet()));
        Map<Long, Integer> sizes = new HashMap<>();
        occasions.forEach(occasion -> sizes.put(occasion.getId(), byUnit.getOrDefault(occasion.getUnit().getId(), 0)));
        return sizes;
    }
}
