package org.jiannuo.domain.model.appraisal;

/** 点评 by whom on whom (seed 004). */
public enum RemarkKind {
    /** The branch secretary on a member, monthly. */
    ON_MEMBER,
    /** The unit's administrative head on a non-party staff member, monthly. */
    ON_STAFF,
    /** The superior's secretary on a branch, every two months. */
    ON_ORGANIZATION,
    /** The superior's secretary on a branch secretary, every two months. */
    ON_SECRETARY;

    /** Whoever grades a group also remarks on it. */
    public GradingGroup group() {
        return switch (this) {
            case ON_MEMBER -> GradingGroup.MEMBERS;
            case ON_STAFF -> GradingGroup.STAFF;
            case ON_ORGANIZATION, ON_SECRETARY -> GradingGroup.ORGANIZATIONS;
        };
    }
}
