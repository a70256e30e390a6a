package org.jiannuo.application.tenancy;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class NoTenantException extends RuntimeException {

    public NoTenantException(String message) {
        super(message);
    }
}
