package org.jiannuo.application.security;

import jakarta.ejb.ApplicationException;

/** The caller's roles or place in the organization tree do not allow this; nothing was read or changed. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
