package org.jiannuo.application.stars;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.AspectStars;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.stars.StarCap;
import org.jiannuo.domain.model.stars.StarTarget;

/**
 * A member's star target for a year as the screens show it, with the cap and each aspect's most they aim under;
 * {@code written} false (version 0) when they have set none yet.
 */
public record TargetView(long personId, String personName, String unitName, int year, VillageCategory category,
        int cap, Map<StarAspect, Integer> aspectMost, Map<StarAspect, Integer> stars, int total, String measures,
        boolean written, LocalDate signedOn, long version) implements Serializable {

    public boolean signed() {
        return signedOn != null;
    }

    static TargetView of(StarTarget target, StarCap cap) {
        return new TargetView(target.getPerson().getId(), target.getPerson().getName(), target.getUnit().getName(),
                target.getYear(), target.getCategory(), target.getCap(), cap.mostPerAspect(), target.getStars().asMap(),
                target.getStars().total(), target.getMeasures(), true, target.getSignedOn(), target.getVersion());
    }

    static TargetView none(Person person, int year, StarCap cap) {
        return new TargetView(person.getId(), person.getName(), person.getOrgUnit().getName(), year,
                person.getVillageCategory(), cap.cap(), cap.mostPerAspect(), AspectStars.none().asMap(), 0, "", false,
                null, 0);
    }
}
