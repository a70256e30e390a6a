package org.jiannuo.domain.model.stars;

import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * 1+2 (联户, seed 003): every able member keeps in touch with at least {@code least} and at most {@code most}
 * households (1 and 2 by default, a tenant setting). Members without work ability and those working away need none,
 * but none keeps more than the most.
 */
public record LiaisonRule(int least, int most) {

    public static final LiaisonRule DEFAULT = new LiaisonRule(1, 2);

    public LiaisonRule {
        if (least < 0 || most < 1 || least > most || most > 10) {
            throw new RuleViolation("stars.liaisonRange", 10);
        }
    }

    /** Whether a member of the category keeps households at all. */
    public static boolean keepsHouseholds(VillageCategory category) {
        return category == VillageCategory.VILLAGE_CADRE || category == VillageCategory.FARMING_IN_VILLAGE;
    }

    /** Refuses one household more for a member who keeps {@code kept} already. */
    public void checkOneMore(int kept) {
        if (kept + 1 > most) {
            throw new RuleViolation("stars.liaisonFull", most);
        }
    }

    /** Whether a member of the category keeping so many households meets the rule. */
    public boolean isMet(VillageCategory category, int kept) {
        return kept <= most && (!keepsHouseholds(category) || kept >= least);
    }
}
