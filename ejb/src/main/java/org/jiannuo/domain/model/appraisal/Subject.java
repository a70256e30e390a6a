package org.jiannuo.domain.model.appraisal;

import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

/**
 * Who is rated and graded: a member or staff member at the monthly meeting, a branch at the
 * secretaries' meeting. The key ({@code P12}, {@code U34}) is unique within a meeting.
 */
public record Subject(String key, GradingGroup group, Person person, OrgUnit unit) {

    public static Subject of(Person person) {
        return new Subject("P" + person.getId(), GradingGroup.of(person.getPartyStatus()), person, null);
    }

    public static Subject of(OrgUnit unit) {
        return new Subject("U" + unit.getId(), GradingGroup.ORGANIZATIONS, null, unit);
    }

    public String name() {
        return person != null ? person.getName() : unit.getName();
    }
}
