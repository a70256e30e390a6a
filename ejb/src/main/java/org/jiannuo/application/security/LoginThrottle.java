package org.jiannuo.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What stands before the password hash, which costs 64 MiB and a good part of a core: a few permits
 * for hashing at once, and throttles that refuse a caller before any hashing. An address that keeps
 * failing is refused for the rest of the minute; a username that keeps failing from one address waits,
 * twice as long after each further failure. Both are kept per node, in memory: enough to make guessing
 * slow and to keep a flood from taking the node's memory and cores; the account's own count of wrong
 * passwords, kept in the database, holds across the cluster.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int FREE_FAILURES = 10;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    /** Beyond this many remembered callers the oldest are forgotten, so that a flood of made-up names cannot fill the heap. */
    private static final int REMEMBERED = 100_000;

    @Inject
    @ConfigProperty(name = "jiannuo.security.hash-permits", defaultValue = "2")
    int hashPermits;

    @Inject
    @ConfigProperty(name = "jiannuo.security.address-failures-per-minute", defaultValue = "60")
    int addressFailuresPerMinute;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byUsername = new ConcurrentHashMap<>();
    private volatile Semaphore permits;

    /** Failures counted since {@code since}, and the last one. */
    private record Failures(Instant since, int count, Instant last) {
    }

    /** Whether this caller must be refused now, before anything is looked up or hashed. */
    public boolean isThrottled(String address, String tenant, String username) {
        Instant now = clock.instant();
        Failures fromAddress = byAddress.get(address);
        if (fromAddress != null && fromAddress.since().plus(WINDOW).isAfter(now)
                && fromAddress.count() >= addressFailuresPerMinute) {
            return true;
        }
        Failures forName = byUsername.get(key(address, tenant, username));
        return forName != null && forName.count() > FREE_FAILURES && forName.last().plus(wait(forName.count())).isAfter(now);
    }

    public void failed(String address, String tenant, String username) {
        Instant now = clock.instant();
        forgetOldestIfFull();
        byAddress.compute(address, (key, old) -> old == null || !old.since().plus(WINDOW).isAfter(now)
                ? new Failures(now, 1, now) : new Failures(old.since(), old.count() + 1, now));
        byUsername.compute(key(address, tenant, username), (key, old) -> old == null
                ? new Failures(now, 1, now) : new Failures(old.since(), old.count() + 1, now));
    }

    public void succeeded(String address, String tenant, String username) {
        byUsername.remove(key(address, tenant, username));
    }

    /**
     * Takes one of the hashing permits, waiting up to the given time; false when none came free.
     * Every true must be followed by {@link #releaseHashing()}.
     */
    public boolean acquireHashing(Duration patience) throws InterruptedException {
        return semaphore().tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void releaseHashing() {
        semaphore().release();
    }

    private Semaphore semaphore() {
        Semaphore current = permits;
        if (current == null) {
            synchronized (this) {
                if (permits == null) {
                    permits = new Semaphore(Math.max(1, hashPermits), true);
                }
                current = permits;
            }
        }
        return current;
    }

    static Duration wait(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES - 1, 20);
        Duration wait = Duration.ofSeconds(1L << Math.max(0, doublings));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private void forgetOldestIfFull() {
        if (byUsername.size() > REMEMBERED || byAddress.size() > REMEMBERED) {
            Instant cutoff = clock.instant().minus(LONGEST_WAIT);
            byUsername.values().removeIf(failures -> failures.last().isBefore(cutoff));
            byAddress.values().removeIf(failures -> failures.last().isBefore(cutoff));
        }
    }

    private static String key(String address, String tenant, String username) {
        return address + '\n' + tenant + '\n' + username;
    }
}
