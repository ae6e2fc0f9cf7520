package org.cnnexplorer.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.cnnexplorer.training.TrainingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventCoalescerTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<List<TrainingEvent>> batches = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    private static TrainingEvent.Iteration iteration(int i) {
        return new TrainingEvent.Iteration(1, i, 100_000, 1.0, 1.0, 1e-3, 1000, 0, -1);
    }

    @Test
    void aFloodOfIterationsReachesTheUiAtMostTenTimesASecondInOrder() throws Exception {
        EventCoalescer coalescer = new EventCoalescer(timer, Runnable::run, batches::add, 100);
        long start = System.nanoTime();
        int sent = 0;
        while (System.nanoTime() - start < 1_000_000_000L) {
            coalescer.offer(iteration(++sent));
            if (sent % 50 == 0) {
                Thread.sleep(1);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(250);
        List<TrainingEvent> all = new ArrayList<>();
        synchronized (batches) {
            batches.forEach(all::addAll);
            assertTrue(batches.size() <= seconds * 10 + 2, batches.size() + " UI updates in " + seconds + " s");
            assertTrue(batches.size() >= 5, "updates keep coming while training runs: " + batches.size());
        }
        assertEquals(sent, all.size(), "nothing is dropped");
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, ((TrainingEvent.Iteration) all.get(i)).iteration());
        }
    }

    @Test
    void batchedIterationEventsAreUnpacked() throws Exception {
        EventCoalescer coalescer = new EventCoalescer(timer, Runnable::run, batches::add, 10);
        coalescer.offer(new TrainingEvent.Iterations(List.of(iteration(1), iteration(2))));
        coalescer.offer(new TrainingEvent.Epoch(1, 0.9, 0.8, 0.3));
        Thread.sleep(100);
        List<TrainingEvent> all = new ArrayList<>();
        batches.forEach(all::addAll);
        assertEquals(3, all.size());
        assertTrue(all.get(2) instanceof TrainingEvent.Epoch);
    }

    @Test
    void anEventArrivingAfterTheWindowClosedIsDroppedWithoutAnException() {
        // a run's thread can still emit after the window (and with it the timer) has shut down
        EventCoalescer coalescer = new EventCoalescer(timer, Runnable::run, batches::add, 10);
        timer.shutdownNow();
        coalescer.offer(iteration(1));
        coalescer.offer(iteration(2));
        assertTrue(batches.isEmpty());
    }
}
