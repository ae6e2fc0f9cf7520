package org.cnnexplorer.onnx;

import onnx.Onnx;

/** Facts about initializers (weights) that need only their shapes, not their values. */
final class OnnxInitializers {

    private OnnxInitializers() {
    }

    /** The number of values the tensor's dims describe (1 for a scalar). */
    static long elements(Onnx.TensorProto tensor) {
        long count = 1;
        for (long dim : tensor.getDimsList()) {
            count = Math.multiplyExact(count, Math.max(dim, 0));
        }
        return count;
    }
}
