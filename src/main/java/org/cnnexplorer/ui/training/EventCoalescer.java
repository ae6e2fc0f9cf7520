package org.cnnexplorer.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.cnnexplorer.training.TrainingEvent;

/**
 * Collects training events from the training thread and hands them to the UI thread in batches,
 * at most one batch per {@code intervalMillis} (100 ms: ten chart updates a second however fast
 * training runs). Nothing is dropped and order is kept; {@code Iterations} events are unpacked.
 */
public final class EventCoalescer {

    private final ConcurrentLinkedQueue<TrainingEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService timer;
    private final Consumer<Runnable> uiThread;
    private final Consumer<List<TrainingEvent>> sink;
    private final long intervalMillis;
    private volatile long lastFlush;

    public EventCoalescer(ScheduledExecutorService timer, Consumer<Runnable> uiThread,
                          Consumer<List<TrainingEvent>> sink, long intervalMillis) {
        this.timer = timer;
        this.uiThread = uiThread;
        this.sink = sink;
        this.intervalMillis = intervalMillis;
    }

    /** Called on any thread. */
    public void offer(TrainingEvent event) {
        if (event instanceof TrainingEvent.Iterations batch) {
            queue.addAll(batch.iterations());
        } else {
            queue.add(event);
        }
        if (scheduled.compareAndSet(false, true)) {
            long wait = Math.max(0, lastFlush + intervalMillis - System.currentTimeMillis());
            try {
                timer.schedule(() -> uiThread.accept(this::flush), wait, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                queue.clear(); // the window has closed and its timer with it: nobody is left to show the event
            }
        }
    }

    private void flush() {
        lastFlush = System.currentTimeMillis();
        scheduled.set(false);
        List<TrainingEvent> batch = new ArrayList<>();
        for (TrainingEvent event = queue.poll(); event != null; event = queue.poll()) {
            batch.add(event);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
