package org.cnnexplorer.dl4j.layers;

/**
 * Picks the faster of two ways to compute the same thing by timing each: calls alternate
 * between the routes until each has run {@link #TRIALS} times (the first run of each, which
 * builds oneDNN primitives, is not counted), then the route with the lower best time is used
 * from then on. The same idea as PyTorch's {@code cudnn.benchmark}.
 */
final class RouteChooser {

    static final int TRIALS = 2;

    private final long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
    private final int[] runs = new int[2];
    private Boolean chosen;
    private boolean nextTransposed;

    /** True when the next call should take the transposed route. */
    boolean nextUsesTransposed() {
        return chosen != null ? chosen : nextTransposed;
    }

    /** Records how long one call of a route took. */
    void record(boolean transposed, long nanos) {
        if (chosen != null) {
            return;
        }
        int route = transposed ? 1 : 0;
        if (runs[route]++ > 0) {
            best[route] = Math.min(best[route], nanos);
        }
        nextTransposed = !transposed;
        if (runs[0] > TRIALS && runs[1] > TRIALS) {
            chosen = best[1] < best[0];
        }
    }

    /** The chosen route, or null while still timing. */
    Boolean chosen() {
        return chosen;
    }
}
