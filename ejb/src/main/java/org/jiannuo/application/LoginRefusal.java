package org.jiannuo.application;

/**
 * Why a login was refused, for the log, the audit trail and the tests. What the person sees is
 * one message for every refusal of credentials ({@link #isCredentialRefusal()}), so that nobody
 * learns from the answer which tenants and usernames exist or which accounts are locked.
 */
public enum LoginRefusal {
    UNKNOWN_TENANT,
    TENANT_SUSPENDED,
    BAD_CREDENTIALS,
    ACCOUNT_LOCKED,
    ACCOUNT_DISABLED,
    /** Too many failures from this address, or for this username from it: refused before any hashing. */
    THROTTLED,
    /** Every password-hashing permit is taken: refused rather than queued without bound. */
    BUSY;

    public boolean isCredentialRefusal() {
        return this != THROTTLED && this != BUSY;
    }
}
