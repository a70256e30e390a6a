package org.jiannuo.domain.model.stars;

import java.io.Serializable;
import java.util.List;
import org.jiannuo.domain.model.person.VillageCategory;

/**
 * What the department sets for village star management: each category's cap, each aspect's most stars and its
 * standard (empty: the seed's wording), the 1+2 rule and the year-end quotas on high stars (none: the quotas stay as
 * they are).
 */
public record StarSettings(List<CategoryCap> caps, List<AspectRule> aspects, int liaisonLeast, int liaisonMost,
        List<StarQuota> quotas) implements Serializable {

    public record CategoryCap(VillageCategory category, int cap) implements Serializable {
    }

    public record AspectRule(StarAspect aspect, int most, String standard) implements Serializable {
    }

    public StarSettings {
        caps = caps == null ? List.of() : List.copyOf(caps);
        aspects = aspects == null ? List.of() : List.copyOf(aspects);
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
    }
}
