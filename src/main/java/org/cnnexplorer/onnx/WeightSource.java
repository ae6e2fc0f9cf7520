package org.cnnexplorer.onnx;

/** The values an exported layer's initializers get: random initial ones, or a trained run's. */
public interface WeightSource {

    /** A weight tensor of {@code count} values in ONNX's layout; {@code fanIn} inputs feed each output. */
    float[] weights(String layer, int count, long fanIn);

    /** A bias vector. */
    float[] bias(String layer, int count);

    /** A batch-norm vector: {@code weight} (scale), {@code bias}, {@code running_mean} or {@code running_var}. */
    float[] batchNorm(String layer, String role, int channels);

    /**
     * Kaiming-normal weights ({@code N(0, 2 / fanIn)}, as PyTorch initialises ReLU networks), zero
     * biases and a fresh batch norm (scale 1, shift 0, mean 0, variance 1), from a fixed seed.
     */
    static WeightSource random(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        return new WeightSource() {
            @Override
            public float[] weights(String layer, int count, long fanIn) {
                double deviation = Math.sqrt(2.0 / Math.max(1, fanIn));
                float[] values = new float[count];
                for (int i = 0; i < count; i++) {
                    values[i] = (float) (gaussian(random) * deviation);
                }
                return values;
            }

            @Override
            public float[] bias(String layer, int count) {
                return new float[count];
            }

            @Override
            public float[] batchNorm(String layer, String role, int channels) {
                float[] values = new float[channels];
                if ("weight".equals(role) || "running_var".equals(role)) {
                    java.util.Arrays.fill(values, 1f);
                }
                return values;
            }
        };
    }

    private static double gaussian(java.util.SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
