package org.jiannuo.domain.model.stars;

import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

/**
 * A member's published year-end stars as the follow-up reads them: who, in which branch, the year, the cap they were
 * rated under and the stars they got.
 */
public record RatedStars(Person person, OrgUnit unit, int year, int cap, int total) {

    public static RatedStars of(StarRating rating) {
        return new RatedStars(rating.getPerson(), rating.getUnit(), rating.getYear(), rating.getCap(),
                rating.getTotal());
    }
}
