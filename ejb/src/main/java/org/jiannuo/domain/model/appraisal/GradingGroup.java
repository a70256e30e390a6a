package org.jiannuo.domain.model.appraisal;

import org.jiannuo.domain.model.person.PartyStatus;

/**
 * Who grades whom (seed 004): the branch grades its members, the administrative leadership grades
 * non-party staff, the superior grades its branches. The pioneer cap holds within each group.
 */
public enum GradingGroup {
    MEMBERS,
    STAFF,
    ORGANIZATIONS;

    /** Party members and probationary members are the branch's; activists and staff are not yet members. */
    public static GradingGroup of(PartyStatus status) {
        return status.isPartyMember() ? MEMBERS : STAFF;
    }
}
