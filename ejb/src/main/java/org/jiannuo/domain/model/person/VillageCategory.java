package org.jiannuo.domain.model.person;

/**
 * The four categories of village star management (seed 003), each with its own star cap.
 * The cap shown here is the seed's default; a tenant sets its own in {@link org.jiannuo.domain.model.stars.StarRules}.
 */
public enum VillageCategory {
    VILLAGE_CADRE(10),
    FARMING_IN_VILLAGE(10),
    NO_WORK_ABILITY(6),
    WORKING_AWAY(6);

    private final int defaultStarCap;

    VillageCategory(int defaultStarCap) {
        this.defaultStarCap = defaultStarCap;
    }

    public int defaultStarCap() {
        return defaultStarCap;
    }
}
