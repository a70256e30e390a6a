package org.jiannuo.domain.model.delivery;

/**
 * Where a delivery run stands. A running run whose node stopped (its heartbeat went stale) is taken up again
 * from its checkpoint; a stop asked for on the screen takes effect between two chunks.
 */
public enum RunState {
    RUNNING,
    STOPPING,
    STOPPED,
    COMPLETED;

    public boolean isFinished() {
        return this == COMPLETED;
    }
}
