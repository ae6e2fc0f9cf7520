package org.cnnexplorer.dl4j.session;

import org.bytedeco.javacpp.Pointer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.i18n.Messages;

/**
 * Compares the core's training-memory estimate with what ND4J may still allocate off the Java
 * heap (JavaCPP's limits and the machine's free memory), before a run starts.
 * DL4J needs more than the minimum the core counts (workspaces keep extra buffers), so the
 * estimate is multiplied by {@link #OVERHEAD}.
 */
final class MemoryCheck {

    static final double OVERHEAD = 1.5;
    static final double WARN_FRACTION = 0.7;

    /** The verdict: {@code refusal} or {@code warning} is a message, both null when all is well. */
    record Verdict(String refusal, String warning) {
    }

    private MemoryCheck() {
    }

    static Verdict check(NetworkReport report) {
        long needed = (long) (report.totals().trainingBytes() * OVERHEAD);
        long available = available();
        Object[] numbers = {report.spec().id(), report.settings().batch(), mib(needed),
            mib(report.totals().trainingBytes()), mib(available)};
        if (needed > available) {
            return new Verdict(Messages.text("dl4j.memory.refused", numbers), null);
        }
        if (needed > WARN_FRACTION * available) {
            return new Verdict(null, Messages.text("dl4j.memory.tight", numbers));
        }
        return new Verdict(null, null);
    }

    /** The least of: ND4J's native memory left, the physical limit left, and the machine's free memory. */
    static long available() {
        long offHeapLeft = Pointer.maxBytes() > 0 ? Pointer.maxBytes() - Pointer.totalBytes() : Long.MAX_VALUE;
        long physicalLeft = Pointer.maxPhysicalBytes() > 0 ? Pointer.maxPhysicalBytes() - Pointer.physicalBytes()
                : Long.MAX_VALUE;
        long free = Pointer.availablePhysicalBytes();
        long result = Math.min(Math.min(offHeapLeft, physicalLeft), free > 0 ? free : Long.MAX_VALUE);
        return result == Long.MAX_VALUE ? Runtime.getRuntime().maxMemory() : result;
    }

    private static String mib(long bytes) {
        return bytes >= 1L << 30 ? String.format("%.1f GiB", bytes / (double) (1L << 30))
                : String.format("%.0f MiB", bytes / (double) (1L << 20));
    }
}
