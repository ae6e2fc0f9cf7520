package org.cnnexplorer.dl4j.speed;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Tunes glibc's allocator for ND4J and oneDNN, which allocate and free large scratch buffers on
 * every operation. By default glibc serves blocks above 128 KiB with fresh {@code mmap} calls
 * and unmaps them on free, so every convolution step pays for hundreds of page faults
 * (expensive on virtual machines): measured here, LeNet-5's first convolution backward pass
 * took 21 ms per batch instead of 5.5 ms. Raising the mmap and trim thresholds keeps freed
 * blocks in the heap for reuse, as the environment variables {@code MALLOC_MMAP_THRESHOLD_}
 * and {@code MALLOC_TRIM_THRESHOLD_} would. The cost: the process keeps its peak memory
 * instead of returning it to the system between steps.
 */
final class NativeMemoryTuning {

    private static final int M_TRIM_THRESHOLD = -1;
    private static final int M_TOP_PAD = -2;
    private static final int M_MMAP_THRESHOLD = -3;
    private static final int MMAP_THRESHOLD = 1 << 30;
    private static final int TOP_PAD = 64 << 20;

    /** The part of glibc this needs. */
    interface C extends Library {
        int mallopt(int parameter, int value);
    }

    private NativeMemoryTuning() {
    }

    /**
     * {@code CNNX_MALLOC=glibc} leaves glibc's own settings; {@code CNNX_MALLOC=release} maps every
     * block above 128 KiB and unmaps it when freed, trimming the heap too: the least memory, the
     * most page faults (measured in docs/decisions/0004-memory-model.md).
     */
    static final String OVERRIDE = "CNNX_MALLOC";

    private static final int RELEASE_THRESHOLD = 128 << 10;

    /** Applies the settings on Linux with glibc; returns false where they cannot be applied or are not wanted. */
    static boolean apply() {
        String mode = System.getenv(OVERRIDE);
        if (!Platform.isLinux() || "glibc".equals(mode)) {
            return false;
        }
        try {
            C c = Native.loadLibrary("c", C.class);
            if ("release".equals(mode)) {
                c.mallopt(M_MMAP_THRESHOLD, RELEASE_THRESHOLD);
                c.mallopt(M_TRIM_THRESHOLD, RELEASE_THRESHOLD);
                c.mallopt(M_TOP_PAD, 0);
                return false;
            }
            return c.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
                    && c.mallopt(M_TRIM_THRESHOLD, Integer.MAX_VALUE) == 1
                    && c.mallopt(M_TOP_PAD, TOP_PAD) == 1;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return false;
        }
    }
}
