package org.jiannuo.application.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RosterCountsTest {

    private final AtomicInteger counted = new AtomicInteger();
    private OptionalLong revision = OptionalLong.of(7);
    private String tenant = "a";
    private RosterCounts counts;

    @BeforeEach
    void counts() {
        counts = new RosterCounts();
        counts.revision = () -> revision;
        counts.tenant = new CurrentTenant() {
            @Override
            public String code() {
                return tenant;
            }

            @Override
            public Optional<AuthenticatedAccount> account() {
                return Optional.empty();
            }
        };
    }

    private long count(Object key, long people) {
        return counts.count(key, () -> {
            counted.incrementAndGet();
            return people;
        });
    }

    @Test
    void aSearchIsCountedOncePerRevision() {
        assertEquals(30_000, count("everyone", 30_000));
        assertEquals(30_000, count("everyone", 1));
        assertEquals(1, counted.get());

        revision = OptionalLong.of(8);
        assertEquals(29_999, count("everyone", 29_999));
        assertEquals(2, counted.get());
    }

    @Test
    void aRevisionIsMatchedNotOrdered() {
        count("everyone", 30_000);
        revision = OptionalLong.of(3);
        assertEquals(12, count("everyone", 12), "numbers are never given twice but not in the order of commits");
        assertEquals(2, counted.get());
    }

    @Test
    void searchesAndTenantsAreKeptApart() {
        count("everyone", 30_000);
        assertEquals(40, count("王", 40));
        tenant = "b";
        assertEquals(500, count("everyone", 500));
        assertEquals(3, counted.get());
    }

    @Test
    void withoutARevisionEveryCountIsMadeAgain() {
        revision = OptionalLong.empty();
        count("everyone", 30_000);
        count("everyone", 30_000);
        assertEquals(2, counted.get());
    }

    @Test
    void whatIsKeptBesideACountIsReadOncePerRevisionAndNotAtAllWithoutOne() {
        assertEquals(Optional.of(List.of(3L, 4L)), counts.kept("per unit", () -> List.of(3L, 4L)));
        assertEquals(Optional.of(List.of(3L, 4L)), counts.kept("per unit", () -> List.of(9L)));
        revision = OptionalLong.of(8);
        assertEquals(Optional.of(List.of(9L)), counts.kept("per unit", () -> List.of(9L)));

        revision = OptionalLong.empty();
        assertEquals(Optional.empty(), counts.kept("per unit", () -> {
            throw new AssertionError("nothing is read where nothing can be kept");
        }));
    }

    @Test
    void aTenantKeepsABoundedNumberOfSearches() {
        for (int search = 0; search <= RosterCounts.KEPT_PER_TENANT; search++) {
            count(search, search);
        }
        count(0, 0);
        assertEquals(RosterCounts.KEPT_PER_TENANT + 2, counted.get(), "the full set was dropped for the newest");
    }
}
