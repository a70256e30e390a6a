package org.jiannuo.domain.model.stars;

/**
 * Where a member's published year-end stars place them for the follow-up (seed 003, "the use of the star
 * results"): commended (listed for the 七一 commendation, may become a reserve village cadre and help others),
 * lagging (managed as lagging and helped by a best-star member), or neither.
 */
public enum StarStanding {
    COMMENDED,
    ORDINARY,
    LAGGING
}
