package org.cnnexplorer.dl4j.layers;

/**
 * Picks the faster of two ways to compute the same thing by timing each: calls alternate
 * between the routes until each has run {@link #TRIALS} times (or {@link #JAVA_TRIALS} where one
 * route is Java code; the first run of each, which builds oneDNN primitives, is not counted), then
 * the route with the lower best time is used from then on. The same idea as PyTorch's
 * {@code cudnn.benchmark}. With {@code CNNX_ROUTES} set, each choice is printed with both times.
 */
final class RouteChooser {

    static final int TRIALS = 2;

    /** Counted runs where a route is Java code, which runs slower until the JIT has compiled it. */
    static final int JAVA_TRIALS = 6;

    /** Set (to anything) to print each choice with both routes' best times to standard error. */
    static final String LOG = "CNNX_ROUTES";

    private static final boolean LOGGING = System.getenv(LOG) != null;

    private final long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
    private final int[] runs = new int[2];
    private final String what;
    private final String first;
    private final String second;
    private final int trials;
    private Boolean chosen;
    private boolean nextTransposed;

    RouteChooser() {
        this(null, "standard", "transposed");
    }

    RouteChooser(String what, String first, String second) {
        this(what, first, second, TRIALS);
    }

    /**
     * @param what   what is routed (a layer and pass), for the log
     * @param first  the standard route's name
     * @param second the other ("transposed") route's name
     * @param trials the counted runs of each route: more where a route is Java code, which the JIT
     *               compiles during the first calls (its early runs are slower than its later ones)
     */
    RouteChooser(String what, String first, String second, int trials) {
        this.what = what;
        this.first = first;
        this.second = second;
        this.trials = trials;
    }

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
        if (runs[0] > trials && runs[1] > trials) {
            chosen = best[1] < best[0];
            if (LOGGING && what != null) {
                System.err.printf(java.util.Locale.ROOT, "route %s: %s %.3f ms, %s %.3f ms: %s%n", what, first,
                        best[0] / 1e6, second, best[1] / 1e6, chosen ? second : first);
            }
        }
    }

    /** The chosen route, or null while still timing. */
    Boolean chosen() {
        return chosen;
    }
}
