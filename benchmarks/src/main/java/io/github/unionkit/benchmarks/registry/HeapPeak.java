package io.github.unionkit.benchmarks.registry;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The peak heap use of a run, read from the collector's own notifications: the heap is fullest just
 * before a collection, so the largest "used before GC" is the peak, and the largest "used after GC"
 * is the peak live data.
 */
final class HeapPeak {

    private final AtomicLong before = new AtomicLong();
    private final AtomicLong after = new AtomicLong();

    private HeapPeak() {
    }

    /** Starts listening to every collector. */
    static HeapPeak start() {
        HeapPeak peak = new HeapPeak();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info =
                            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    peak.before.accumulateAndGet(sum(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                    peak.after.accumulateAndGet(sum(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
                }
            }, null, null);
        }
        return peak;
    }

    private static long sum(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
            String name = pool.getKey();
            // heap pools only: the collectors' usage maps also list code cache and metaspace
            if (name.contains("Eden") || name.contains("Survivor") || name.contains("Old") || name.contains("Tenured")) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }

    /** Returns the largest heap use seen before a collection, or the current use if larger. */
    long beforeGc() {
        return Math.max(before.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** Returns the largest heap use seen after a collection: the peak of live data. */
    long afterGc() {
        return after.get();
    }
}
