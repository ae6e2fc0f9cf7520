package org.cnnexplorer.dl4j.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkPartsTest {

    @ParameterizedTest(name = "{0} items, parallel {1}")
    @CsvSource({"0, true", "1, true", "2, true", "3, true", "7, true", "1000, true", "1000, false", "5, false"})
    void runsEveryItemExactlyOnceInAtMostOnePartPerThread(int count, boolean parallel) {
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        AtomicInteger parts = new AtomicInteger();
        WorkParts.run(count, parallel, (from, to) -> {
            parts.incrementAndGet();
            assertTrue(from <= to, from + " > " + to);
            for (int i = from; i < to; i++) {
                runs.incrementAndGet(i);
            }
        });
        for (int i = 0; i < count; i++) {
            assertEquals(1, runs.get(i), "item " + i);
        }
        int threads = parallel ? ForkJoinPool.getCommonPoolParallelism() + 1 : 1;
        assertTrue(parts.get() <= Math.max(1, Math.min(count, threads)), parts.get() + " parts");
    }
}
