package dev.veille.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * How far the heap of this JVM grew while something ran: the peak of every heap pool (reset before), summed,
 * minus what was in use after a GC at the start. The sum overstates the true peak (pools peak at different
 * times), so a bound checked with it is safe; garbage counts too, so it bounds allocation as much as retention.
 */
public final class HeapPeak {

    private HeapPeak() {
    }

    /** Runs {@code action} and returns how many bytes above the starting heap the pools peaked at. */
    public static long growthDuring(Runnable action) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
        System.gc();
        long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        action.run();
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return Math.max(0, peak - before);
    }
}
