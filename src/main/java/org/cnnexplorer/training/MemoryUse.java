package org.cnnexplorer.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.core.SpecException;

/**
 * The memory of a run, predicted and measured, side by side. {@code predictedBytes} is the core's
 * training memory for the run's batch ({@code Totals.trainingBytes}: parameters, gradients,
 * optimizer state, buffers and the activations kept for the backward pass; see
 * docs/decisions/0004-memory-model.md). {@code peakRssBytes} is the process's peak resident set
 * (Linux {@code VmHWM}): the whole process, the JVM, its heap, the native libraries and their
 * caches included, so it is always larger. Either is {@link #UNKNOWN} when not known (peak RSS on
 * systems without {@code /proc}, or a run saved by a version that did not record it).
 */
public record MemoryUse(long predictedBytes, long peakRssBytes) {

    /** A figure that was not measured or not recorded. */
    public static final long UNKNOWN = -1;

    /** Nothing known. */
    public static final MemoryUse NOT_RECORDED = new MemoryUse(UNKNOWN, UNKNOWN);

    public MemoryUse {
        if (predictedBytes < UNKNOWN || peakRssBytes < UNKNOWN) {
            throw new SpecException("run.memory.figures", predictedBytes, peakRssBytes);
        }
    }

    /** The prediction with this process's peak RSS measured now. */
    public static MemoryUse measured(long predictedBytes) {
        return new MemoryUse(predictedBytes, processPeakRss());
    }

    /** This process's peak resident set so far, in bytes (Linux); {@link #UNKNOWN} elsewhere. */
    public static long processPeakRss() {
        return peakRss(Path.of("/proc/self/status"));
    }

    public boolean hasPrediction() {
        return predictedBytes != UNKNOWN;
    }

    public boolean hasPeakRss() {
        return peakRssBytes != UNKNOWN;
    }

    /**
     * The {@code VmHWM} line of a Linux {@code /proc/PID/status} file ({@code VmHWM:  1234 kB}) in
     * bytes; {@link #UNKNOWN} when the file or the line is missing or unreadable.
     */
    static long peakRss(Path status) {
        try {
            List<String> lines = Files.readAllLines(status);
            for (String line : lines) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").trim()) * 1024;
                }
            }
        } catch (IOException | NumberFormatException | SecurityException e) {
            return UNKNOWN;
        }
        return UNKNOWN;
    }
}
