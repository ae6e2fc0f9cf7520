package org.cnnexplorer.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds each batch-norm into the convolution before it, as inference engines do
 * ({@code W' = W * gamma / sqrt(var + eps)}, {@code b' = (b - mean) * gamma / sqrt(var + eps) + beta}):
 * the batch-norm keeps its row and output but has no parameters, buffers or other ops left, and the
 * convolution gains a bias ({@code F} parameters) if it had none. Only a batch-norm whose single
 * input is a valid convolution that nothing else reads is folded; any other stays as it is.
 */
final class BatchNormFolding {

    private BatchNormFolding() {
    }

    static List<LayerReport> fold(List<LayerReport> layers) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> readers = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            index.put(layers.get(i).name(), i);
            layers.get(i).inputs().forEach(input -> readers.merge(input, 1, Integer::sum));
        }
        List<LayerReport> folded = new ArrayList<>(layers);
        for (int i = 0; i < layers.size(); i++) {
            LayerReport norm = layers.get(i);
            Integer conv = norm.inputs().size() == 1 ? index.get(norm.inputs().get(0)) : null;
            if (conv != null && foldable(layers.get(conv), norm, readers)) {
                folded.set(conv, withBias(layers.get(conv), norm.name()));
                folded.set(i, emptied(norm, layers.get(conv).name()));
            }
        }
        return folded;
    }

    private static boolean foldable(LayerReport conv, LayerReport norm, Map<String, Integer> readers) {
        return norm.isValid() && norm.spec().layerKind() == LayerKind.BATCHNORM && conv.isValid()
                && conv.spec().layerKind() == LayerKind.CONV2D && readers.get(conv.name()) == 1;
    }

    /** The convolution with the folded bias: {@code F} more parameters unless it had a bias already. */
    private static LayerReport withBias(LayerReport c, String norm) {
        long params = c.params() + (c.spec().hasBias() ? 0 : c.output().channels());
        return new LayerReport(c.name(), c.spec(), c.blockPath(), c.inputs(), c.inputShapes(), c.output(), params,
                c.trainable(), c.buffers(), c.macs(), c.otherOps(), c.receptiveField(), c.reason(), norm);
    }

    private static LayerReport emptied(LayerReport n, String conv) {
        return new LayerReport(n.name(), n.spec(), n.blockPath(), n.inputs(), n.inputShapes(), n.output(), 0,
                n.trainable(), 0, n.macs(), 0, n.receptiveField(), n.reason(), conv);
    }
}
