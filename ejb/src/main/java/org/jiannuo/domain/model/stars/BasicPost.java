package org.jiannuo.domain.model.stars;

/**
 * The seed's four basic posts of 设岗定责 (seed 003): technology demonstration, advising on village affairs,
 * keeping stability and mediating, supervising village democracy. A township may define more ({@link DutyPost}).
 */
public enum BasicPost {
    TECHNOLOGY_DEMONSTRATION,
    VILLAGE_AFFAIRS_ADVICE,
    STABILITY_MEDIATION,
    DEMOCRACY_SUPERVISION
}
