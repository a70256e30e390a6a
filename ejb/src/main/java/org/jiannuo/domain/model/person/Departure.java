package org.jiannuo.domain.model.person;

/**
 * Why a person left the tenant's roster. Nothing of theirs is deleted: their commitments, records and
 * grades stay in the ledger, their account is disabled, and they no longer count in any roster.
 */
public enum Departure {
    /** 组织关系转出: the membership moved to an organization outside this department's county. */
    TRANSFERRED_OUT,
    /** 去世. */
    DECEASED,
    /** 出党: expelled, removed from the party, or left it. */
    LEFT_PARTY,
    /** A non-party staff member or activist who left the unit's employment. */
    LEFT_UNIT
}
