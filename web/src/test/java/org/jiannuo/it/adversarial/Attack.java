package org.jiannuo.it.adversarial;

/**
 * One thing an attacker tries against the running application, tagged with the finding of the security
 * review (issue 17) it re-checks. Trying it tells whether it got through.
 */
record Attack(int finding, String name, Attempt attempt) {

    @FunctionalInterface
    interface Attempt {
        Outcome run() throws Exception;
    }

    /** What came of an attack: whether it got what it wanted, and what the application answered. */
    record Outcome(boolean succeeded, String evidence) {

        static Outcome refused(String evidence) {
            return new Outcome(false, evidence);
        }

        static Outcome gotThrough(String evidence) {
            return new Outcome(true, evidence);
        }

        static Outcome refusedIf(boolean refused, String evidence) {
            return new Outcome(!refused, evidence);
        }
    }

    /** Tries the attack; one that cannot be carried out counts as got through, so that a broken check never passes. */
    Outcome tryIt() {
        try {
            return attempt.run();
        } catch (Exception | AssertionError e) {
            return Outcome.gotThrough("the attack could not be judged: " + e);
        }
    }
}
