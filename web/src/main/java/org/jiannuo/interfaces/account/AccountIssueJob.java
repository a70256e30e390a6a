package org.jiannuo.interfaces.account;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of account issuance, watched by the screen's progress bar or polled over REST: how many of the
 * candidates have accounts, how many were mailed, and, once done, the file of login slips.
 */
public final class AccountIssueJob {

    public enum Phase {
        ISSUING,
        PRINTING,
        MAILING,
        DONE,
        FAILED
    }

    private final String id = UUID.randomUUID().toString();
    private final long ownerAccountId;
    private final String tenantCode;
    private final int candidates;
    private final Instant startedAt = Instant.now();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger mailed = new AtomicInteger();
    private volatile Phase phase = Phase.ISSUING;
    private volatile Path slips;
    private volatile String failure;

    AccountIssueJob(long ownerAccountId, String tenantCode, int candidates) {
        this.ownerAccountId = ownerAccountId;
        this.tenantCode = tenantCode;
        this.candidates = candidates;
    }

    public String id() {
        return id;
    }

    boolean isOwnedBy(long accountId, String tenant) {
        return ownerAccountId == accountId && tenantCode.equals(tenant);
    }

    public int candidates() {
        return candidates;
    }

    public int issued() {
        return issued.get();
    }

    public int mailed() {
        return mailed.get();
    }

    public Phase phase() {
        return phase;
    }

    public String failure() {
        return failure;
    }

    /** 0 to 100: issuing is most of the work; printing and mailing the rest. */
    public int percent() {
        return switch (phase) {
            case ISSUING -> candidates == 0 ? 90 : issued.get() * 90 / candidates;
            case PRINTING, MAILING -> 95;
            case DONE, FAILED -> 100;
        };
    }

    /** The login slips, once done; null before, and when nobody was issued an account. */
    public Path slips() {
        return slips;
    }

    Instant startedAt() {
        return startedAt;
    }

    void issued(int count) {
        issued.addAndGet(count);
    }

    void countMailed() {
        mailed.incrementAndGet();
    }

    void enter(Phase next) {
        phase = next;
    }

    void done(Path slipFile) {
        slips = slipFile;
        phase = Phase.DONE;
    }

    void failed(String reason) {
        failure = reason;
        phase = Phase.FAILED;
    }
}
