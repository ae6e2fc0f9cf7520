package org.cnnexplorer.dl4j.speed;

import org.cnnexplorer.core.NetworkReport;

/**
 * How many threads a run uses. ND4J parallelises inside each operation, which pays off only
 * when operations are large: measured on two cores, LeNet-5 (batch 64) trained at 5,300 images/s
 * on one thread and 2,400 to 3,700 on two, GoogLeNet at 32x32 at 111 against 98, while ResNet50
 * at 32x32 gained (47 against 57). The dividing line is the average work of a weight layer per
 * batch; below {@link #PARALLEL_MACS} one thread is faster, and it leaves the other cores to the
 * GUI. {@code CNNX_THREADS} overrides the choice.
 */
public final class ThreadPolicy {

    /** Multiply-accumulates per weight layer per batch from which all cores are used. */
    static final long PARALLEL_MACS = 32_000_000L;

    static final String OVERRIDE = "CNNX_THREADS";

    private ThreadPolicy() {
    }

    static int threadsFor(NetworkReport report, int cores, String override) {
        if (override != null && override.trim().matches("[1-9][0-9]{0,3}")) {
            return Integer.parseInt(override.trim());
        }
        long weightLayers = report.layers().stream().filter(l -> l.spec().isWeightLayer()).count();
        long macsPerBatch = report.totals().macs() * report.settings().batch();
        return weightLayers > 0 && macsPerBatch / weightLayers >= PARALLEL_MACS ? cores : 1;
    }

    public static int threadsFor(NetworkReport report) {
        return threadsFor(report, Runtime.getRuntime().availableProcessors(), System.getenv(OVERRIDE));
    }
}
