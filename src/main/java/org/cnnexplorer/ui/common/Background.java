package org.cnnexplorer.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads for work that must not run on the FX thread, so the window never freezes and exit never waits. */
public final class Background {

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(daemon("cnnx-worker"));
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            daemon("cnnx-timer"));

    private Background() {
    }

    /** For slow work: finding the training backend, saving and reading runs. */
    public static ExecutorService workers() {
        return WORKERS;
    }

    /** For delays: pacing chart updates. */
    public static ScheduledExecutorService timer() {
        return TIMER;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
