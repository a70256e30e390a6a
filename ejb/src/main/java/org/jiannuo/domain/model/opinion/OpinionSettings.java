package org.jiannuo.domain.model.opinion;

import java.io.Serializable;

/**
 * What the department admin sets for the suggestion box; see {@link OpinionRules}.
 *
 * @param handlingDays days the handling unit has to answer, from receipt or forwarding
 * @param longestText the most characters an opinion or a reply may have
 * @param perAddressPerHour the most opinions one network address may leave in an hour
 * @param perTargetPerHour the most opinions one unit, commitment or grade may receive from the board in an hour
 */
public record OpinionSettings(int handlingDays, int longestText, int perAddressPerHour, int perTargetPerHour)
        implements Serializable {
}
