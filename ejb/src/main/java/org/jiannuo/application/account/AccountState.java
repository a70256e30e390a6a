package org.jiannuo.application.account;

/** Where a person stands with their login: none yet, waiting for the first sign-in, in use, or disabled. */
public enum AccountState {
    NONE,
    ONE_TIME_PASSWORD,
    ACTIVE,
    DISABLED
}
