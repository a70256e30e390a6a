package org.jiannuo.application;

/** Why a login was refused; the login page shows a message for each. */
public enum LoginRefusal {
    UNKNOWN_TENANT,
    TENANT_SUSPENDED,
    BAD_CREDENTIALS,
    ACCOUNT_LOCKED,
    ACCOUNT_DISABLED
}
