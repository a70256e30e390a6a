package org.jiannuo.application.people;

import java.time.LocalDate;
import org.jiannuo.domain.model.person.Membership;

/** One line of a person's history: which unit, from when, until when (open while current). */
public record Stay(String unitName, LocalDate joinedOn, LocalDate leftOn) {

    static Stay of(Membership membership) {
        return new Stay(membership.getOrgUnit().getName(), membership.getJoinedOn(), membership.getLeftOn());
    }
}
