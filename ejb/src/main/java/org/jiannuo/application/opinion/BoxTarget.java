package org.jiannuo.application.opinion;

import org.jiannuo.domain.model.opinion.TargetKind;

/**
 * What the public opinion form says about where the opinion goes: the target as the board names it, the unit
 * that answers and its public phone (or null), the days it has to answer and the longest opinion it takes.
 */
public record BoxTarget(TargetKind kind, String label, String handler, String publicPhone, int handlingDays,
        int longestText) {
}
