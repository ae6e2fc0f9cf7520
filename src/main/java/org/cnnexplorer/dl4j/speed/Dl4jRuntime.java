package org.cnnexplorer.dl4j.speed;

import org.cnnexplorer.core.NetworkReport;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;
import org.nd4j.linalg.cpu.nativecpu.blas.CpuBlas;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Puts ND4J and DL4J on their fast path once per process, before the first network is built:
 * layer helpers enabled (DL4J M2.1 disables them by default), oneDNN checked through the
 * compatibility class {@code org.nd4j.nativeblas.Nd4jCpu}, JavaCPP's per-allocation memory probe
 * off, and ND4J's periodic
 * {@code System.gc()} off (workspaces manage the memory of training), and glibc's allocator
 * tuned for ND4J's large scratch buffers ({@link NativeMemoryTuning}).
 */
public final class Dl4jRuntime {

    /** DL4J's switch for the cuDNN/oneDNN layer helpers; "true" (DL4J's default) turns them off. */
    static final String HELPERS_DISABLED = "org.eclipse.deeplearning4j.helpers.disable";

    /**
     * JavaCPP's check of the process's physical memory reads {@code /proc/self/statm} on every
     * native allocation (9% of a LeNet-5 step); off, as workspaces bound the memory of training
     * and {@code dl4j.session.MemoryCheck} compares the estimate with the machine before a run.
     */
    static final String JAVACPP_PHYSICAL_LIMIT = "org.bytedeco.javacpp.maxPhysicalBytes";

    /**
     * ND4J's native memory limit. JavaCPP's default is the Java heap limit (a quarter of the
     * machine when the app is started with {@code mvn javafx:run}), too little for VGG16 at
     * 224x224; the default here is 70 % of the machine's memory or the heap limit, whichever is more.
     */
    static final String JAVACPP_OFF_HEAP_LIMIT = "org.bytedeco.javacpp.maxBytes";
    static final double OFF_HEAP_SHARE = 0.7;

    private static volatile Dl4jRuntime instance;

    private final boolean oneDnn;
    private final boolean mallocTuned;

    private Dl4jRuntime(boolean oneDnn, boolean mallocTuned) {
        this.oneDnn = oneDnn;
        this.mallocTuned = mallocTuned;
    }

    /** Configures the runtime the first time; later calls return the same answer. */
    public static Dl4jRuntime get() {
        if (instance == null) {
            synchronized (Dl4jRuntime.class) {
                if (instance == null) {
                    instance = configure();
                }
            }
        }
        return instance;
    }

    private static Dl4jRuntime configure() {
        boolean mallocTuned = NativeMemoryTuning.apply();
        if (System.getProperty(JAVACPP_PHYSICAL_LIMIT) == null) {
            System.setProperty(JAVACPP_PHYSICAL_LIMIT, "0");
        }
        if (System.getProperty(JAVACPP_OFF_HEAP_LIMIT) == null) {
            System.setProperty(JAVACPP_OFF_HEAP_LIMIT, Long.toString(offHeapLimit()));
        }
        if (System.getProperty(HELPERS_DISABLED) == null) {
            System.setProperty(HELPERS_DISABLED, "false");
        }
        Nd4j.getEnvironment().allowHelpers(true);
        Nd4j.getMemoryManager().togglePeriodicGc(false);
        boolean helpersOn = !Boolean.parseBoolean(System.getProperty(HELPERS_DISABLED));
        return new Dl4jRuntime(helpersOn && BaseMKLDNNHelper.mklDnnEnabled(), mallocTuned);
    }

    private static long offHeapLimit() {
        long heap = Runtime.getRuntime().maxMemory();
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(heap, (long) (os.getTotalMemorySize() * OFF_HEAP_SHARE));
        }
        return heap;
    }

    /** True when DL4J's layers run through oneDNN. */
    public boolean oneDnn() {
        return oneDnn;
    }

    /**
     * Readies a built or restored graph for training: the updater fix
     * ({@link InPlaceGradientUpdater}) and the threads for this network ({@link ThreadPolicy}).
     */
    public void prepareForTraining(ComputationGraph graph, NetworkReport report) {
        InPlaceGradientUpdater.install(graph);
        useThreads(ThreadPolicy.threadsFor(report));
    }

    /**
     * Sets the threads of OpenMP (oneDNN and libnd4j's OpenMP loops) and OpenBLAS for the next
     * operations. ({@code Environment.setMaxThreads} is a no-op in libnd4j M2.1.)
     */
    public void useThreads(int threads) {
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        if (Nd4j.factory().blas() instanceof CpuBlas blas) {
            blas.setMaxThreads(threads);
        }
    }

    /** True when glibc's allocator was tuned (Linux). */
    public boolean mallocTuned() {
        return mallocTuned;
    }

    /** The OpenMP threads operations run on now. */
    public int threads() {
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }

    /** E.g. {@code DL4J 1.0.0-M2.1, CPU, oneDNN on, 2 threads}. */
    public String description() {
        return "DL4J 1.0.0-M2.1, " + Nd4j.getExecutioner().getEnvironmentInformation().getProperty("backend", "CPU")
                + ", oneDNN " + (oneDnn ? "on" : "off") + ", " + threads() + (threads() == 1 ? " thread" : " threads")
                + (mallocTuned ? "" : ", allocator not tuned");
    }
}
