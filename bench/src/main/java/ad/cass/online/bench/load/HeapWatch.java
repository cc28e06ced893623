package ad.cass.online.bench.load;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap of this JVM while the load runs. Heap use peaks just before a collection, so the peak is read from each
 * collection's "before" figures (exact, where sampling would miss it), and what stays live from its "after" figures.
 * The runtime runs in this JVM, with the clients: their share (32 threads, a socket and the last answer each) is small
 * beside the functions, the emulated S3 and Jetty, and counted in.
 */
final class HeapWatch implements AutoCloseable {
    /** In bytes: the most used before a collection (or now, if higher); the most still used after one; the limit. */
    record Heap(long peakUsed, long peakAfterGc, long max, int collections) {
    }

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfter = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        peakUsed.set(used());
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        peakUsed.accumulateAndGet(heapOf(info.getMemoryUsageBeforeGc()), Math::max);
        peakAfter.accumulateAndGet(heapOf(info.getMemoryUsageAfterGc()), Math::max);
        collections.incrementAndGet();
    }

    /** The heap's pools only (not metaspace, not the code cache). */
    private static long heapOf(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pools.get(pool.getName());
            if (usage != null && pool.getType() == MemoryType.HEAP) {
                used += usage.getUsed();
            }
        }
        return used;
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    Heap heap() {
        return new Heap(Math.max(peakUsed.get(), used()), peakAfter.get(), Runtime.getRuntime().maxMemory(), (int) collections.get());
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (Exception ignored) {
                // going anyway
            }
        }
    }
}
