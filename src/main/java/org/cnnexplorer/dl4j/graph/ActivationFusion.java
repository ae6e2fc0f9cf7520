package org.cnnexplorer.dl4j.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerReport;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;

/**
 * Folds an activation layer into the convolution or dense layer before it, or a ReLU or ReLU6 into
 * the batch normalisation before it, when nothing else reads that layer's output. DL4J then applies
 * the function in place inside the layer instead of copying the tensor into a separate activation
 * layer, which saves a copy and a vertex per activation in both passes: the main per-iteration
 * overhead of small networks such as LeNet-5.
 * The activation's name becomes an alias of the layer it was folded into.
 */
final class ActivationFusion {

    private final Map<String, Activation> foldedInto;
    private final Set<String> folded;
    private final Set<String> applied = new HashSet<>();

    private ActivationFusion(Map<String, Activation> foldedInto, Set<String> folded) {
        this.foldedInto = foldedInto;
        this.folded = folded;
    }

    static ActivationFusion plan(List<LayerReport> layers, String classifier) {
        Map<String, Integer> readers = new HashMap<>();
        Map<String, LayerReport> byName = new HashMap<>();
        for (LayerReport layer : layers) {
            byName.put(layer.name(), layer);
            layer.inputs().forEach(input -> readers.merge(input, 1, Integer::sum));
        }
        Map<String, Activation> foldedInto = new HashMap<>();
        Set<String> folded = new HashSet<>();
        for (LayerReport layer : layers) {
            if (layer.spec() instanceof ActivationSpec activation && activation.function() != Activation.SOFTMAX
                    && layer.inputs().size() == 1) {
                String source = layer.inputs().get(0);
                if (canFoldInto(byName.get(source), activation.function(), classifier)
                        && readers.getOrDefault(source, 0) == 1) {
                    foldedInto.put(source, activation.function());
                    folded.add(layer.name());
                }
            }
        }
        return new ActivationFusion(foldedInto, folded);
    }

    private static boolean canFoldInto(LayerReport source, Activation activation, String classifier) {
        if (source == null || source.name().equals(classifier)) {
            return false;
        }
        LayerKind kind = source.spec().layerKind();
        return takesActivation(kind) || kind == LayerKind.BATCHNORM && foldsIntoBatchNorm(activation);
    }

    /**
     * Whether the activation can be folded into a batch normalisation before it: the ReLUs, which
     * {@code dl4j.layers.TunedBatchNormalization} applies inside its own passes (a ReLU after batch norm is the
     * pattern of every network since ResNet and MobileNet).
     */
    static boolean foldsIntoBatchNorm(Activation activation) {
        return activation == Activation.RELU || activation == Activation.RELU6;
    }

    /**
     * Whether the DL4J layer of a kind applies an activation of its own (a {@link BaseLayer}). The
     * switch names every kind, so a new kind does not compile until it says.
     */
    static boolean takesActivation(LayerKind kind) {
        return switch (kind) {
            case CONV2D, DENSE -> true;
            case CONV_TRANSPOSE2D -> true;
            case INPUT, MAXPOOL, AVGPOOL, GLOBAL_AVGPOOL, ADAPTIVE_AVGPOOL, FLATTEN, BATCHNORM, LRN, DROPOUT, RELU,
                    RELU6, TANH, SIGMOID, HARD_SIGMOID, SWISH, HARD_SWISH, LEAKY_RELU, MISH, SOFTMAX, CONCAT, ADD,
                    MULTIPLY, INCEPTION, RESIDUAL_STAGE, BOTTLENECK, BASIC_BLOCK, REPEAT,
                    SEPARABLE, SQUEEZE_EXCITATION, INVERTED_RESIDUAL, INVERTED_RESIDUAL_STAGE,
                    DENSE_BLOCK, TRANSITION, CSP_STAGE, FCN_HEAD -> false;
            case UPSAMPLE, SLICE, CHANNEL_SHUFFLE, CROP -> false;
        };
    }

    /** True for an activation layer that was folded into the layer before it. */
    boolean isFused(String layerName) {
        return folded.contains(layerName);
    }

    /** The mapped layer, with the folded activation set when there is one. */
    Layer apply(String layerName, Layer mapped) {
        Activation activation = foldedInto.get(layerName);
        if (activation == null) {
            return mapped;
        }
        if (!(mapped instanceof BaseLayer base)) {
            throw new IllegalStateException(layerName + ": a " + activation.id() + " was folded into a "
                    + mapped.getClass().getSimpleName() + ", which has no activation");
        }
        base.setActivationFn(LayerMapper.activation(activation));
        applied.add(layerName);
        return mapped;
    }

    /**
     * Fails when an activation was folded away but the layer it was folded into was placed without
     * {@link #apply}: the network would have lost that activation without a word.
     */
    void checkAllApplied() {
        Set<String> missing = new HashSet<>(foldedInto.keySet());
        missing.removeAll(applied);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("activations folded into " + missing + " were never applied");
        }
    }
}
