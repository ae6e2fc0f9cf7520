package org.cnnexplorer.dl4j.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.cnnexplorer.training.TrainingEvent;
import org.cnnexplorer.training.TrainingState;

/**
 * The state of a session shared between the training thread and the callers: pause, resume and
 * stop requests, the listeners, and the latch that {@code await} waits on. The training thread
 * calls {@link #awaitTurn()} between iterations.
 */
final class SessionControl {

    private final List<Consumer<TrainingEvent>> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private TrainingState state = TrainingState.NEW;
    private boolean pauseRequested;
    private boolean stopRequested;

    void addListener(Consumer<TrainingEvent> listener) {
        listeners.add(listener);
    }

    /** Sends an event to every listener; a failing listener is reported, not allowed to kill the run. */
    void emit(TrainingEvent event) {
        for (Consumer<TrainingEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                System.err.println("cnnx: a training listener failed: " + e);
            }
        }
    }

    synchronized TrainingState state() {
        return state;
    }

    /** Moves to {@code next} and tells the listeners; terminal states release {@code await}. */
    void moveTo(TrainingState next) {
        synchronized (this) {
            if (state == next || state.isTerminal()) {
                return;
            }
            state = next;
            notifyAll();
        }
        emit(new TrainingEvent.StateChanged(next));
        if (next.isTerminal()) {
            ended.countDown();
        }
    }

    void pause() {
        synchronized (this) {
            if (state != TrainingState.RUNNING && state != TrainingState.PREPARING) {
                return;
            }
            pauseRequested = true;
        }
        moveTo(TrainingState.PAUSED);
    }

    void resume() {
        synchronized (this) {
            if (!pauseRequested) {
                return;
            }
            pauseRequested = false;
        }
        moveTo(TrainingState.RUNNING);
    }

    void stop() {
        synchronized (this) {
            if (state.isTerminal() || stopRequested) {
                return;
            }
            stopRequested = true;
            pauseRequested = false;
            notifyAll();
        }
        moveTo(TrainingState.STOPPING);
    }

    /** After preparation: RUNNING, unless a pause or stop came in meanwhile. */
    void preparationDone() {
        synchronized (this) {
            if (pauseRequested || stopRequested) {
                return;
            }
        }
        moveTo(TrainingState.RUNNING);
    }

    synchronized boolean stopRequested() {
        return stopRequested;
    }

    /**
     * Called by the training thread before each iteration: waits while paused, and returns false
     * when the run should stop.
     */
    synchronized boolean awaitTurn() throws InterruptedException {
        while (pauseRequested && !stopRequested) {
            wait();
        }
        return !stopRequested;
    }

    synchronized boolean isPaused() {
        return pauseRequested;
    }

    boolean await(long timeoutMillis) throws InterruptedException {
        return ended.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }
}
