package org.cnnexplorer.core;

/**
 * Element-wise (or, for softmax, per-sample) activation functions, as PyTorch defines them:
 * <ul>
 *   <li>{@code relu} max(x, 0); {@code relu6} min(max(x, 0), 6) (MobileNet v2);</li>
 *   <li>{@code tanh}; {@code sigmoid} 1 / (1 + e^-x);</li>
 *   <li>{@code hard-sigmoid} relu6(x + 3) / 6, PyTorch's {@code Hardsigmoid} (not Keras's and
 *       DL4J's clip(0.2x + 0.5, 0, 1));</li>
 *   <li>{@code swish} x * sigmoid(x), PyTorch's {@code SiLU};</li>
 *   <li>{@code hard-swish} x * relu6(x + 3) / 6 (MobileNet v3);</li>
 *   <li>{@code mish} x * tanh(softplus(x)) = x * tanh(ln(1 + e^x)) (CSPDarknet53);</li>
 *   <li>{@code softmax} e^x / sum of e^x over each sample's features.</li>
 * </ul>
 * Leaky ReLU has a setting, its slope, and is a spec of its own ({@link LeakyReluSpec}).
 */
public enum Activation {
    RELU(LayerKind.RELU, 1), RELU6(LayerKind.RELU6, 2), TANH(LayerKind.TANH, 1), SIGMOID(LayerKind.SIGMOID, 1),
    HARD_SIGMOID(LayerKind.HARD_SIGMOID, 3), SWISH(LayerKind.SWISH, 2), HARD_SWISH(LayerKind.HARD_SWISH, 4),
    MISH(LayerKind.MISH, 3), SOFTMAX(LayerKind.SOFTMAX, 3);

    private final LayerKind kind;
    private final int opsPerElement;

    Activation(LayerKind kind, int opsPerElement) {
        this.kind = kind;
        this.opsPerElement = opsPerElement;
    }

    /** The layer kind of an activation layer applying this function. */
    public LayerKind kind() {
        return kind;
    }

    public String id() {
        return kind.id();
    }

    /** Rough operation count per output value (softmax: exp, sum, divide). */
    public int opsPerElement() {
        return opsPerElement;
    }

    public static Activation fromId(String id) {
        for (Activation activation : values()) {
            if (activation.id().equalsIgnoreCase(id)) {
                return activation;
            }
        }
        return null;
    }
}
