package org.jiannuo.domain.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class DeliveryRunTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 5, 8, 10);

    private static DeliveryRun run() {
        return new DeliveryRun(new Subscription(ReportKind.LEDGER, Role.BRANCH_SECRETARY, 5, 8, "admin", START),
                "2026-11", START);
    }

    @Test
    void aNewRunIsClaimableAndABeatingOneIsNot() {
        DeliveryRun run = run();
        assertTrue(run.isClaimable(START));
        run.beat(START);
        assertFalse(run.isClaimable(START.plus(DeliveryRun.STALE_AFTER).minusSeconds(1)));
        assertTrue(run.isClaimable(START.plus(DeliveryRun.STALE_AFTER)), "its node stopped: taken up again");
    }

    @Test
    void advancesItsCheckpointChunkByChunk() {
        DeliveryRun run = run();
        run.advance("a", 2, 1, 4, START);
        run.advance("b", 2, 2, 4, START);
        assertEquals("b", run.getCheckpoint());
        assertEquals(4, run.getProcessed());
        assertEquals(3, run.getDelivered());
        assertEquals(99, run.percent(), "not complete until an empty chunk says so");
        run.complete(4, START);
        assertEquals(RunState.COMPLETED, run.getState());
        assertEquals(100, run.percent());
        assertFalse(run.isClaimable(START.plusDays(1)));
    }

    @Test
    void aStopTakesEffectBetweenChunksAndAResumeContinuesFromTheCheckpoint() {
        DeliveryRun run = run();
        run.beat(START);
        run.advance("a", 1, 1, 3, START);
        run.stop(START);
        assertEquals(RunState.STOPPING, run.getState(), "a node is working it");
        assertEquals("deliveryRun.notRunning",
                assertThrows(RuleViolation.class, () -> run.advance("b", 1, 1, 3, START)).code());
        run.stopped();
        assertFalse(run.isClaimable(START.plusDays(1)), "a stopped run waits for its resume");
        run.resume();
        assertTrue(run.isClaimable(START));
        assertEquals("a", run.getCheckpoint());
    }

    @Test
    void aRunNobodyWorksStopsAtOnce() {
        DeliveryRun run = run();
        run.stop(START);
        assertEquals(RunState.STOPPED, run.getState());
        assertEquals("deliveryRun.notRunning", assertThrows(RuleViolation.class, () -> run.stop(START)).code());
        run.resume();
        assertEquals("deliveryRun.notStopped", assertThrows(RuleViolation.class, run::resume).code());
    }

    @Test
    void failedMailsAreTriedAgainLaterAndThenGivenUp() {
        assertEquals(MailState.FAILED, MailRetry.stateAfterFailure(1));
        assertEquals(START.plusMinutes(5), MailRetry.nextAttempt(1, START));
        assertEquals(START.plusMinutes(10), MailRetry.nextAttempt(2, START));
        assertEquals(MailState.FAILED, MailRetry.stateAfterFailure(MailRetry.MOST_ATTEMPTS - 1));
        assertEquals(MailState.GAVE_UP, MailRetry.stateAfterFailure(MailRetry.MOST_ATTEMPTS));
    }

    @Test
    void recipientKeysSortAsTheirNumbers() {
        Recipient nine = new Recipient(1, "a", null, null, Role.BRANCH_SECRETARY, 9, "u9");
        Recipient ten = new Recipient(1, "a", null, null, Role.BRANCH_SECRETARY, 10, "u10");
        assertTrue(nine.key().compareTo(ten.key()) < 0);
        assertFalse(nine.hasEmail());
    }
}
