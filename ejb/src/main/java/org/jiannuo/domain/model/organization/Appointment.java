package org.jiannuo.domain.model.organization;

import org.jiannuo.domain.model.account.Role;

/**
 * The posts a person can hold in the organization tree, and the role each gives their account.
 * A unit has one secretary and one administrative head, kept on the unit itself (the appraisal asks
 * the unit for them); branch staff, leaders and department admins may be several, kept as {@link Post}s.
 */
public enum Appointment {
    SECRETARY,
    ADMINISTRATIVE_HEAD,
    /** 组织委员: keeps the branch's roster, records and meetings beside its secretary. */
    BRANCH_STAFF,
    /** Reads a subtree (or, appointed by the department at the top, the whole tenant); changes nothing. */
    LEADER,
    /** 组织部管理员: the whole tenant. Appointed only by another department admin. */
    DEPARTMENT_ADMIN;

    /** One holder, kept on the unit; the others are {@link Post}s. */
    public boolean isHeldByUnit() {
        return this == SECRETARY || this == ADMINISTRATIVE_HEAD;
    }

    /** The holder belongs to the unit or below it; a transfer out of it ends the post. */
    public boolean requiresMembershipUnder() {
        return this == SECRETARY || this == ADMINISTRATIVE_HEAD || this == BRANCH_STAFF;
    }

    /** Whether the post belongs to a unit at all: a department admin's covers the whole tenant. */
    public boolean isTenantWide() {
        return this == DEPARTMENT_ADMIN;
    }

    /** The role the post gives over its unit: a secretary of a branch is its branch secretary, any other a committee's. */
    public Role role(OrgUnitType unitType) {
        return switch (this) {
            case SECRETARY -> unitType == OrgUnitType.BRANCH ? Role.BRANCH_SECRETARY : Role.COMMITTEE_SECRETARY;
            case ADMINISTRATIVE_HEAD -> Role.ADMINISTRATIVE_HEAD;
            case BRANCH_STAFF -> Role.BRANCH_STAFF;
            case LEADER -> Role.LEADER;
            case DEPARTMENT_ADMIN -> Role.DEPARTMENT_ADMIN;
        };
    }
}
