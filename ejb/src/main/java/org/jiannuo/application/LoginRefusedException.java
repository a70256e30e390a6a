package org.jiannuo.application;

import jakarta.ejb.ApplicationException;

/**
 * Checked and not rolling back: the failed-login count recorded before it is thrown must commit,
 * or lock-out would never happen.
 */
@ApplicationException(rollback = false)
public class LoginRefusedException extends Exception {

    private final LoginRefusal refusal;

    public LoginRefusedException(LoginRefusal refusal) {
        super(refusal.name());
        this.refusal = refusal;
    }

    public LoginRefusal refusal() {
        return refusal;
    }
}
