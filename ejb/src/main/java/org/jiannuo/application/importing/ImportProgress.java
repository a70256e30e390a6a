package org.jiannuo.application.importing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a running import is, read by the screen's progress bar while the import's
 * transaction works on another thread.
 */
public final class ImportProgress {

    public enum Phase {
        WAITING,
        CHECKING,
        WRITING,
        COMMITTED,
        FAILED
    }

    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile Phase phase = Phase.WAITING;

    void start(Phase newPhase, int rows) {
        done.set(0);
        total = rows;
        phase = newPhase;
    }

    void advance(int rows) {
        done.addAndGet(rows);
    }

    public void finish(Phase finalPhase) {
        phase = finalPhase;
    }

    public Phase phase() {
        return phase;
    }

    /** 0 to 100; only a committed import reaches 100. */
    public int percent() {
        if (phase == Phase.COMMITTED) {
            return 100;
        }
        if (phase != Phase.WRITING || total == 0) {
            return phase == Phase.CHECKING ? 1 : 0;
        }
        return Math.min(99, 1 + done.get() * 98 / total);
    }

    public int done() {
        return done.get();
    }

    public int total() {
        return total;
    }
}
