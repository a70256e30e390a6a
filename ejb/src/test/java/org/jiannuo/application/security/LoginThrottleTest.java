package org.jiannuo.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = throttle(5, 1);

    @Test
    void anAddressThatKeepsFailingIsRefusedForTheRestOfTheMinuteWhateverItTries() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.7", "demo", "user" + i);
        }
        assertFalse(throttle.isThrottled("10.0.0.7", "demo", "other"));

        throttle.failed("10.0.0.7", "demo", "user4");

        assertTrue(throttle.isThrottled("10.0.0.7", "demo", "other"), "the fifth failure closes the address");
        assertFalse(throttle.isThrottled("10.0.0.8", "demo", "other"), "other addresses go on");
    }

    @Test
    void aUsernameFailingFromOneAddressWaitsLongerAfterEachFailureBeyondTheFreeOnes() {
        LoginThrottle generous = throttle(1_000, 1);
        for (int i = 0; i < 10; i++) {
            generous.failed("10.0.0.9", "demo", "admin");
        }
        assertFalse(generous.isThrottled("10.0.0.9", "demo", "admin"), "ten failures are free");

        generous.failed("10.0.0.9", "demo", "admin");

        assertTrue(generous.isThrottled("10.0.0.9", "demo", "admin"));
        assertFalse(generous.isThrottled("10.0.0.10", "demo", "admin"), "the owner elsewhere is not held up");
        generous.succeeded("10.0.0.9", "demo", "admin");
        assertFalse(generous.isThrottled("10.0.0.9", "demo", "admin"));
    }

    @Test
    void theWaitDoublesAndStopsAtFiveMinutes() {
        assertEquals(Duration.ofSeconds(1), LoginThrottle.wait(11));
        assertEquals(Duration.ofSeconds(2), LoginThrottle.wait(12));
        assertEquals(Duration.ofSeconds(256), LoginThrottle.wait(19));
        assertEquals(Duration.ofMinutes(5), LoginThrottle.wait(40));
    }

    @Test
    void hashingPermitsAreBounded() throws InterruptedException {
        LoginThrottle two = throttle(10, 2);
        assertTrue(two.acquireHashing(Duration.ZERO));
        assertTrue(two.acquireHashing(Duration.ZERO));
        assertFalse(two.acquireHashing(Duration.ofMillis(50)), "a third waits, then gives up");
        two.releaseHashing();
        assertTrue(two.acquireHashing(Duration.ZERO));
    }

    private static LoginThrottle throttle(int addressFailuresPerMinute, int hashPermits) {
        LoginThrottle throttle = new LoginThrottle();
        throttle.addressFailuresPerMinute = addressFailuresPerMinute;
        throttle.hashPermits = hashPermits;
        return throttle;
    }
}
