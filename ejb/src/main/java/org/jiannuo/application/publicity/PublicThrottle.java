package org.jiannuo.application.publicity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts what anonymous callers send through the public board (objections, opinions) per key, usually an
 * address or an address and a target, in a fixed window, the way LoginThrottle counts failed sign-ins:
 * per node and in memory, forgetting the oldest when it holds too many, so that a flood cannot fill the
 * heap. A cluster of n nodes lets at most n times the limit through, which is enough against a script.
 */
@ApplicationScoped
public class PublicThrottle {

    private static final int REMEMBERED = 100_000;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Window> counts = new ConcurrentHashMap<>();

    private record Window(Instant since, int count) {
    }

    /** Counts one more request under the key; false (and not counted) when the window's limit is reached. */
    public boolean tryAcquire(String key, int limit, Duration window) {
        Instant now = clock.instant();
        forgetOldIfFull(now, window);
        boolean[] allowed = new boolean[1];
        counts.compute(key, (k, old) -> {
            if (old == null || !old.since().plus(window).isAfter(now)) {
                allowed[0] = limit > 0;
                return new Window(now, allowed[0] ? 1 : 0);
            }
            allowed[0] = old.count() < limit;
            return allowed[0] ? new Window(old.since(), old.count() + 1) : old;
        });
        return allowed[0];
    }

    private void forgetOldIfFull(Instant now, Duration window) {
        if (counts.size() > REMEMBERED) {
            Instant cutoff = now.minus(window);
            counts.values().removeIf(w -> w.since().isBefore(cutoff));
        }
    }
}
