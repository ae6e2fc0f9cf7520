package org.nd4j.nativeblas;

/**
 * Compatibility shim for DL4J 1.0.0-M2.1. DL4J's {@code BaseMKLDNNHelper.mklDnnEnabled()} asks
 * {@code org.nd4j.nativeblas.Nd4jCpu$Environment} by reflection whether oneDNN is in use, but in
 * M2.1 that class moved to {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} and
 * the method was renamed {@code isUseONEDNN}. Without this class the check fails, every oneDNN
 * layer helper (convolution, pooling, batch norm, LRN) switches itself off, and convolutions fall
 * back to im2col + gemm, several times slower. See docs/decisions/ on training speed.
 */
public final class Nd4jCpu {

    private Nd4jCpu() {
    }

    /** Answers the two calls DL4J makes, delegating to the real native environment. */
    public static final class Environment {

        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        public static Environment getInstance() {
            return INSTANCE;
        }

        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
        }
    }
}
