package org.cnnexplorer.inside;

import org.cnnexplorer.core.Shape;

/**
 * The output of one layer of the analysis for one image: {@code values} in PyTorch's
 * channels x height x width order ({@code shape.elements()} values), their statistics, and the
 * measured forward time of the layer alone (median over several runs after a warm-up; {@code NaN} for
 * a layer with no computation of its own, such as a flatten of a flat vector). Achieved speed:
 * {@code GFLOP/s = FLOPs / (millis * 10^6)} with {@code FLOPs = 2 * MACs + other ops} from the analysis.
 */
public record LayerActivation(String name, Shape shape, float[] values, TensorStats stats, double millis,
                              long flops) {

    public LayerActivation {
        if (values.length != shape.elements()) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for shape " + shape);
        }
    }

    /** The value at channel {@code c}, row {@code y}, column {@code x} (0-based). */
    public float value(int c, int y, int x) {
        return values[index(shape, c, y, x)];
    }

    /** The flat index of (c, y, x) in a C x H x W tensor, or an exception naming the bounds. */
    static int index(Shape shape, int c, int y, int x) {
        if (c < 0 || c >= shape.channels() || y < 0 || y >= shape.height() || x < 0 || x >= shape.width()) {
            throw new IllegalArgumentException("pixel " + c + "," + y + "," + x + " is outside " + shape);
        }
        return (c * shape.height() + y) * shape.width() + x;
    }

    /** Achieved GFLOP/s, or {@code NaN} when the layer was not timed or took no measurable time. */
    public double gflops() {
        return millis > 0 ? flops / (millis * 1e6) : Double.NaN;
    }
}
