package org.jiannuo.it.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.Callable;

/** One measured step of an in-container benchmark: the server's wall time and peak heap. */
public final class BenchmarkStep {

    private BenchmarkStep() {
    }

    /** Runs one step, printing its wall time and the peak heap the server reached during it. */
    public static <T> T measure(String step, Callable<T> work) throws Exception {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        T result = work.call();
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("BENCHMARK %-45s %6.1f s   peak heap %5d MiB%n", step, seconds, peak / (1024 * 1024));
        return result;
    }
}
