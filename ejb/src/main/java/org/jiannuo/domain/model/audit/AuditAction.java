package org.jiannuo.domain.model.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    TRANSFER,
    /** A person left the tenant's roster: transferred out, deceased, out of the party. */
    DEPART,
    DISSOLVE,
    IMPORT,
    /** A post given: the person's account gains its role. */
    GRANT,
    /** A post ended: the role goes with it. */
    REVOKE,
    /** Accounts issued, a password reset, an account disabled or enabled. */
    ACCOUNT,
    /** A wrong password, and the delay it may cause. */
    LOGIN_REFUSED
}
