package org.jiannuo.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class ResultPageTest {

    private final AtomicInteger counts = new AtomicInteger();

    private LongSupplier counted(long total) {
        return () -> {
            counts.incrementAndGet();
            return total;
        };
    }

    @Test
    void aFullPageIsCounted() {
        assertEquals(57, ResultPage.of(List.of(1, 2, 3), 0, 3, counted(57)).total());
        assertEquals(57, ResultPage.of(List.of(1, 2, 3), 30, 3, counted(57)).total());
        assertEquals(2, counts.get());
    }

    @Test
    void aShortPageIsTheLastAndEndsTheCountWithoutCounting() {
        assertEquals(2, ResultPage.of(List.of(1, 2), 0, 20, counted(99)).total());
        assertEquals(42, ResultPage.of(List.of(1, 2), 40, 20, counted(99)).total());
        assertEquals(0, ResultPage.of(List.of(), 0, 20, counted(99)).total());
        assertEquals(0, counts.get());
    }

    @Test
    void anEmptyPagePastTheStartMayLieBeyondTheEndAndIsCounted() {
        assertEquals(35, ResultPage.of(List.of(), 40, 20, counted(35)).total());
        assertEquals(1, counts.get());
    }
}
