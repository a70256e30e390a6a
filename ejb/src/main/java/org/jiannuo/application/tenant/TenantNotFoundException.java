package org.jiannuo.application.tenant;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class TenantNotFoundException extends RuntimeException {

    public TenantNotFoundException(String code) {
        super("No tenant " + code);
    }
}
