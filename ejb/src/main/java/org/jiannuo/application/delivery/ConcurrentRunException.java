package org.jiannuo.application.delivery;

import jakarta.ejb.ApplicationException;

/** Another node moved the run's checkpoint since this one read its chunk: this node leaves the run to it. */
@ApplicationException(rollback = true)
public class ConcurrentRunException extends RuntimeException {

    public ConcurrentRunException(long runId) {
        super("Run " + runId + " was advanced by another node");
    }
}
