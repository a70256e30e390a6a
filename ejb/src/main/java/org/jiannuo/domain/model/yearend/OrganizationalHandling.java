package org.jiannuo.domain.model.yearend;

/**
 * The organizational handling (组织处置) of a member fixed as 不合格 for refusing to rectify (seed 001: "作出相应组织
 * 处置"; seed 000: "dealt with seriously in accordance with the relevant provisions of the party"). The seeds name
 * no measures; these are the party's usual ones for an unqualified member.
 */
public enum OrganizationalHandling {
    /** 限期改正: a term to correct, with the branch's help. */
    CORRECTION_WITHIN_TERM,
    /** 劝其退党 (劝退): persuaded to leave the party. */
    PERSUADED_TO_LEAVE,
    /** 除名: struck off the rolls. */
    STRUCK_OFF
}
