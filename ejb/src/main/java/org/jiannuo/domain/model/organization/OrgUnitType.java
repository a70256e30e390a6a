package org.jiannuo.domain.model.organization;

/** 党委/党工委/党组, 党总支, 党支部. */
public enum OrgUnitType {
    COMMITTEE,
    GENERAL_BRANCH,
    BRANCH;

    /** A branch is a leaf: members belong to branches, units nest under committees and general branches. */
    public boolean canContain(OrgUnitType child) {
        return this != BRANCH && !(this == GENERAL_BRANCH && child == COMMITTEE);
    }
}
