package org.cnnexplorer.training;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A network's learned values by layer, in PyTorch's (and ONNX's) layouts and names, free of any
 * backend: {@code LAYER.weight} (convolution {@code out x in/groups x kh x kw}, dense
 * {@code out x in}), {@code LAYER.bias}, and for batch norm {@code LAYER.weight} (scale),
 * {@code LAYER.bias} (shift), {@code LAYER.running_mean} and {@code LAYER.running_var}.
 */
public record NetworkWeights(Map<String, float[]> tensors) {

    public NetworkWeights {
        tensors = Map.copyOf(tensors);
    }

    /** The tensor of that layer and role ({@code weight}, {@code bias}, {@code running_mean}, ...). */
    public Optional<float[]> tensor(String layer, String role) {
        return Optional.ofNullable(tensors.get(layer + "." + role));
    }

    /** A builder-style copy with one more tensor. */
    public NetworkWeights with(String layer, String role, float[] values) {
        Map<String, float[]> more = new HashMap<>(tensors);
        more.put(layer + "." + role, values);
        return new NetworkWeights(more);
    }
}
