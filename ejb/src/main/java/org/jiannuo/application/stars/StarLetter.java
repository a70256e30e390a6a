package org.jiannuo.application.stars;

import java.time.LocalDate;
import java.util.List;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.StarAspect;

/**
 * What the responsibility letter (创星目标责任书) says: the member, their village and its secretary, the cap, each
 * aspect's standard (empty: the seed's wording) with the stars aimed for, the measures and the posts claimed.
 */
public record StarLetter(String memberName, String unitName, String secretaryName, int year, VillageCategory category,
        int cap, List<Aspect> aspects, int total, String measures, List<ClaimView> posts, LocalDate signedOn) {

    public record Aspect(StarAspect aspect, String standard, int most, int stars) {
    }
}
