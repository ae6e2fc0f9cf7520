package org.cnnexplorer.data;

import java.util.Arrays;

/**
 * Per-channel standardisation of pixel values: {@code (pixel / 255 - mean[c]) / std[c]}. The
 * standard constants are the published training-set statistics (MNIST 0.1307 / 0.3081, as in
 * the PyTorch examples; Fashion-MNIST 0.2860 / 0.3530; CIFAR-10 per channel), so a subset and
 * the full set are normalised alike and a checkpoint needs no stored statistics.
 */
public record Normalization(float[] mean, float[] std) {

    public Normalization {
        if (mean.length == 0 || mean.length != std.length) {
            throw new IllegalArgumentException("one mean and one std per channel");
        }
        for (float s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("standard deviations must be positive: " + Arrays.toString(std));
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    /** The usual statistics of each data set's training split. */
    public static Normalization standard(DatasetId dataset) {
        return switch (dataset) {
            case MNIST -> new Normalization(new float[] {0.1307f}, new float[] {0.3081f});
            case FASHION_MNIST -> new Normalization(new float[] {0.2860f}, new float[] {0.3530f});
            case CIFAR10 -> new Normalization(new float[] {0.4914f, 0.4822f, 0.4465f},
                    new float[] {0.2470f, 0.2435f, 0.2616f});
        };
    }

    /** Only scaling to 0..1, no centring. */
    public static Normalization scaleOnly(int channels) {
        float[] zeros = new float[channels];
        float[] ones = new float[channels];
        Arrays.fill(ones, 1f);
        return new Normalization(zeros, ones);
    }

    /** Writes image {@code index} of {@code images}, normalised, CHW, into {@code dest} from {@code offset}. */
    public void apply(ImageSet images, int index, float[] dest, int offset) {
        images.copyScaled(index, dest, offset);
        int plane = images.height() * images.width();
        for (int c = 0; c < images.channels(); c++) {
            float m = mean[c];
            float inv = 1f / std[c];
            int from = offset + c * plane;
            for (int i = from, end = from + plane; i < end; i++) {
                dest[i] = (dest[i] - m) * inv;
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Normalization n && Arrays.equals(mean, n.mean) && Arrays.equals(std, n.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "Normalization[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
    }
}
