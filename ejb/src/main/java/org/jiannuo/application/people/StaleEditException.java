package org.jiannuo.application.people;

import jakarta.ejb.ApplicationException;

/** Someone else saved the record after this editor opened it; saving now would overwrite their change. */
@ApplicationException(rollback = true)
public class StaleEditException extends RuntimeException {

    public StaleEditException(String message) {
        super(message);
    }
}
