package org.jiannuo.it.support;

/** Drives a generator that works a batch per transaction, each batch after the last id the one before handled. */
public final class Batches {

    /** One batch: handles what follows {@code after} and answers the last id handled, or -1 when all are done. */
    @FunctionalInterface
    public interface Step {
        long run(long after) throws Exception;
    }

    private Batches() {
    }

    /** Runs the batches from the start until the step says all are done. */
    public static Void untilDone(Step step) throws Exception {
        long after = 0;
        while (after >= 0) {
            after = step.run(after);
        }
        return null;
    }
}
