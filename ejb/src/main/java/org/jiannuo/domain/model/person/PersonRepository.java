package org.jiannuo.domain.model.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface PersonRepository {

    void store(Person person);

    /** Stores people and writes them at once, so that units may refer to them (secretary, head) afterwards. */
    void storeAll(List<Person> people);

    Optional<Person> find(long id);

    /** Writes pending changes now, so that a concurrent edit is detected inside the service call. */
    void flush();

    /** The roster (not those who left) by party status. */
    Map<PartyStatus, Long> countByPartyStatus();

    /** The people on the roster whose unit is this one (not its subtree); those who left are not. */
    List<Person> inUnit(long unitId);

    /** How many are on each unit's roster, as {@link #inUnit} counts them, in one go; a unit without anyone is left out. */
    Map<Long, Integer> countInUnits(Collection<Long> unitIds);

    Optional<Membership> currentMembership(Person person);

    /** Every recorded stay of the person, the current one last. */
    List<Membership> memberships(Person person);

    void store(Membership membership);

    /** The stored people among these ID-card numbers, by number. */
    Map<String, Person> findByIdCards(Collection<String> idCardNumbers);

    /**
     * Writes what is pending and forgets every loaded entity, so that bulk work holds a
     * bounded number of them. Entities loaded before are detached afterwards.
     */
    void flushAndClear();
}
