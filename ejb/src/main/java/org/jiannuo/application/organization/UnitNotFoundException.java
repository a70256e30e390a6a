package org.jiannuo.application.organization;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class UnitNotFoundException extends RuntimeException {

    public UnitNotFoundException(long unitId) {
        super("No unit " + unitId + " in reach");
    }
}
