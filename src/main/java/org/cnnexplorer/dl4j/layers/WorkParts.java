package org.cnnexplorer.dl4j.layers;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Splits a range of work items of the Java kernels ({@link BatchNormKernels}, {@link PoolKernels}) into one
 * part per thread. Each part allocates its own scratch arrays: a new array per item (per map) made 30 MB of
 * garbage per ResNet-50 image at 224x224 (92 % of the pass's Java allocation, a young collection every second
 * image), and arrays kept per thread in a {@link ThreadLocal} spent 7 % of the pass looking them up again
 * (a thread local made per call leaves an entry in every thread's map until a collection clears it).
 */
final class WorkParts {

    /** A part {@code [from, to)} of a range of work items. */
    interface Part {
        void run(int from, int to);
    }

    private WorkParts() {
    }

    /**
     * Runs {@code body} over {@code [0, count)}: in one part on the calling thread, or, when {@code parallel},
     * in one part per thread of the common pool and the caller (at most {@code count}).
     */
    static void run(int count, boolean parallel, Part body) {
        int parts = parallel ? Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1) : 1;
        if (parts <= 1) {
            body.run(0, count);
            return;
        }
        IntStream.range(0, parts).parallel()
                .forEach(k -> body.run((int) ((long) count * k / parts), (int) ((long) count * (k + 1) / parts)));
    }
}
