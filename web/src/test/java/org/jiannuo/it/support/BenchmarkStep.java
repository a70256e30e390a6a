package org.jiannuo.it.support;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * One measured step of an in-container benchmark: the server's wall time and its heap. The heap is read at
 * every garbage collection during the step: just before it (the most in use, which says as much about the
 * collector's sizing under {@code -Xmx} as about the step) and just after it (what survived, an upper bound of
 * what the step keeps alive). A step that needs more than the server's {@code -Xmx} fails instead.
 */
public final class BenchmarkStep {

    private static final long MEBIBYTE = 1024 * 1024;

    private BenchmarkStep() {
    }

    /** Runs one step, printing its wall time and the heap the server used during it. */
    public static <T> T measure(String step, Callable<T> work) throws Exception {
        System.gc();
        HeapWatch watch = new HeapWatch();
        long started = System.nanoTime();
        T result;
        try {
            result = work.call();
        } finally {
            watch.stop();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("BENCHMARK %-45s %6.1f s   peak heap %5d MiB, after GC at most %5d MiB%n", step, seconds,
                watch.peakInUse() / MEBIBYTE, watch.peakAfterCollection() / MEBIBYTE);
        return result;
    }

    /** The heap in use before and after each collection while it listens, the largest of each. */
    private static final class HeapWatch implements NotificationListener {

        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        private final List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();
        private final AtomicLong beforeCollection = new AtomicLong();
        private final AtomicLong afterCollection = new AtomicLong();

        HeapWatch() {
            collectors.forEach(collector -> collector.addNotificationListener(this, null, null));
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                        .getGcInfo();
                beforeCollection.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
                afterCollection.accumulateAndGet(heap(info.getMemoryUsageAfterGc()), Math::max);
            }
        }

        void stop() throws Exception {
            long inUse = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            beforeCollection.accumulateAndGet(inUse, Math::max);
            if (afterCollection.get() == 0) { // no collection during the step: what it left is all there is
                afterCollection.set(inUse);
            }
            for (NotificationEmitter collector : collectors) {
                collector.removeNotificationListener(this);
            }
        }

        long peakInUse() {
            return beforeCollection.get();
        }

        long peakAfterCollection() {
            return afterCollection.get();
        }

        private long heap(Map<String, MemoryUsage> pools) {
            return pools.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                    .mapToLong(pool -> pool.getValue().getUsed()).sum();
        }
    }
}
