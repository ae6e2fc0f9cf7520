package org.cnnexplorer.training;

/**
 * Throughput and time left of a run. Paused time does not count; images per second is measured
 * over the recent window (so it reflects the current speed) and the time left extrapolates it.
 */
public final class ProgressClock {

    private static final double WINDOW_SECONDS = 2.0;

    private final long startNanos;
    private long pausedNanos;
    private long pauseStartedNanos = -1;
    private long windowStartNanos;
    private long windowImages;
    private double imagesPerSecond;

    public ProgressClock(long nowNanos) {
        this.startNanos = nowNanos;
        this.windowStartNanos = nowNanos;
    }

    public void pause(long nowNanos) {
        if (pauseStartedNanos < 0) {
            pauseStartedNanos = nowNanos;
        }
    }

    public void resume(long nowNanos) {
        if (pauseStartedNanos >= 0) {
            long paused = nowNanos - pauseStartedNanos;
            pausedNanos += paused;
            windowStartNanos += paused;
            pauseStartedNanos = -1;
        }
    }

    /** Records {@code images} trained just now. */
    public void add(int images, long nowNanos) {
        windowImages += images;
        double windowSeconds = (nowNanos - windowStartNanos) / 1e9;
        if (imagesPerSecond == 0 || windowSeconds >= WINDOW_SECONDS) {
            imagesPerSecond = windowSeconds > 0 ? windowImages / windowSeconds : 0;
            if (windowSeconds >= WINDOW_SECONDS) {
                windowStartNanos = nowNanos;
                windowImages = 0;
            }
        }
    }

    /** Leaves out time spent on something other than training steps, such as evaluation. */
    public void skip(long fromNanos, long toNanos) {
        windowStartNanos += toNanos - fromNanos;
    }

    public double imagesPerSecond() {
        return imagesPerSecond;
    }

    /** Seconds since the start, paused time excluded. */
    public double elapsedSeconds(long nowNanos) {
        long pausing = pauseStartedNanos >= 0 ? nowNanos - pauseStartedNanos : 0;
        return (nowNanos - startNanos - pausedNanos - pausing) / 1e9;
    }

    /** Seconds left for {@code imagesLeft} at the current speed; negative when unknown. */
    public double etaSeconds(long imagesLeft) {
        return imagesPerSecond > 0 ? imagesLeft / imagesPerSecond : -1;
    }
}
