package org.jiannuo.domain.model.stars;

import java.util.List;
import java.util.Optional;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

/** The star follow-up of a tenant: its thresholds, reserve cadres, lagging members and the help recorded. */
public interface FollowUpRepository {

    /** The tenant's thresholds, or the defaults (not yet stored). */
    StarFollowUpRules followUpRules();

    void store(Object entity);

    Optional<ReserveCadre> reserve(Person person, int year);

    /** The reserve marks of the year in the unit's subtree, withdrawn ones too. */
    List<ReserveCadre> reservesUnder(OrgUnit unit, int year);

    Optional<LaggingMember> lagging(Person person, int year);

    Optional<LaggingMember> findLagging(long id);

    /** The lagging members of the year in the unit's subtree, with their helpers. */
    List<LaggingMember> laggingUnder(OrgUnit unit, int year);

    /** The help recorded for a lagging member, the latest first. */
    List<HelpRecord> helpOf(LaggingMember lagging);

    void flush();
}
