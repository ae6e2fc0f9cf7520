package org.cnnexplorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory of a run: the prediction and the peak RSS read from {@code /proc/self/status}. */
class MemoryUseTest {

    @TempDir
    Path dir;

    @Test
    void peakRssIsTheHighWaterMarkLineInKibibytes() throws Exception {
        Path status = Files.writeString(dir.resolve("status"), "Name:\tjava\nVmPeak:\t 9000000 kB\n"
                + "VmHWM:\t 1268740 kB\nVmRSS:\t 1190000 kB\n");
        assertEquals(1_268_740L * 1024, MemoryUse.peakRss(status));
    }

    @Test
    void peakRssIsUnknownWithoutTheFileOrTheLine() throws Exception {
        assertEquals(MemoryUse.UNKNOWN, MemoryUse.peakRss(dir.resolve("missing")));
        assertEquals(MemoryUse.UNKNOWN, MemoryUse.peakRss(Files.writeString(dir.resolve("status"), "Name:\tjava\n")));
        assertEquals(MemoryUse.UNKNOWN, MemoryUse.peakRss(Files.writeString(dir.resolve("bad"), "VmHWM:\tlots\n")));
    }

    @Test
    void thisProcessHasAPeakOnLinux() {
        long peak = MemoryUse.processPeakRss();
        if (Files.isReadable(Path.of("/proc/self/status"))) {
            assertTrue(peak > 10L << 20, "a JVM holds more than 10 MiB; peak " + peak);
        } else {
            assertEquals(MemoryUse.UNKNOWN, peak);
        }
    }

    @Test
    void figuresAreBytesOrUnknown() {
        MemoryUse predictedOnly = new MemoryUse(1_048_840, MemoryUse.UNKNOWN);
        assertTrue(predictedOnly.hasPrediction());
        assertFalse(predictedOnly.hasPeakRss());
        assertThrows(IllegalArgumentException.class, () -> new MemoryUse(-2, 0));
    }

    @Test
    void aResultWithoutMemoryHasNoneRecorded() {
        TrainingResult result = new TrainingResult(0.5, 1, new int[0][], java.util.List.of(), java.util.List.of(), 1, 1,
                null);
        assertEquals(MemoryUse.NOT_RECORDED, result.memory());
    }
}
