package org.jiannuo.application.summary;

import java.io.Serializable;

/**
 * A unit's whole subtree in the annual assessment summary: its people, how often each monthly grade ★☆○△ was
 * given them in the year's published meetings, how many got each published year-end result, and how many have
 * not committed, not published or not been evaluated.
 *
 * @param unitId      the unit, or null for the tenant as a whole
 * @param hasChildren whether the summary can be opened further down the tree from it
 */
public record UnitFigures(Long unitId, String unitName, boolean hasChildren, long people, long partyMembers,
        long pioneer, long qualified, long basicallyQualified, long lagging, long excellent, long resultQualified,
        long unqualified, long notCommitted, long notPublished, long notEvaluated) implements Serializable {

    /** Monthly grades given in all. */
    public long graded() {
        return pioneer + qualified + basicallyQualified + lagging;
    }

    /** Published year-end results in all. */
    public long evaluated() {
        return excellent + resultQualified + unqualified;
    }
}
