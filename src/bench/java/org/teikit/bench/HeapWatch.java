package org.teikit.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * How much heap a run used, read from the collector's own reports: the heap is fullest just
 * before a collection, so the peak is the largest sum of the pools' use before any collection
 * (or at the end, if that is larger); what survives collections is the largest sum after one.
 * Summing the pools' separate peak figures instead would add up peaks of different moments.
 */
final class HeapWatch {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong afterCollection = new AtomicLong();

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                peak.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
                afterCollection.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
            }, null, null);
        }
    }

    /** The largest heap use seen, now included. */
    long peakBytes() {
        return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** The largest heap use right after a collection (0 when none ran). */
    long afterCollectionBytes() {
        return afterCollection.get();
    }

    /** The notification names every pool; only the heap's count (code cache and metaspace do not). */
    private static long heapUsed(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != java.lang.management.MemoryType.HEAP) continue;
            MemoryUsage usage = pools.get(pool.getName());
            if (usage != null) sum += usage.getUsed();
        }
        return sum;
    }
}
