package org.jiannuo.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jiannuo.domain.model.shared.RuleViolation;

/** Attempts released at the same moment, for tests of what the services let through when requests collide. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs each attempt on the executor, all held until every one is submitted; what each came to, in order. */
    public static List<String> outcomes(ExecutorService executor, List<Callable<String>> attempts) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> running = new ArrayList<>();
        for (Callable<String> attempt : attempts) {
            running.add(executor.submit(() -> {
                start.await();
                return attempt.call();
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : running) {
            outcomes.add(outcome.get());
        }
        return outcomes;
    }

    /** What one attempt came to: {@code success} when it went through, the rule's code when a rule refused it. */
    public static String ruleOutcome(String success, Runnable attempt) {
        try {
            attempt.run();
            return success;
        } catch (RuleViolation e) {
            return e.code();
        }
    }
}
