package org.cnnexplorer.dl4j.layers;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.BaseActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * PyTorch's hard sigmoid, {@code relu6(x + 3) / 6}, with its gradient {@code 1/6} for
 * {@code -3 < x < 3} and 0 elsewhere. DL4J's {@code Activation.HARDSIGMOID} is another function,
 * {@code clip(0.2x + 0.5, 0, 1)} (Keras's), so it is not used.
 */
public final class HardSigmoid extends BaseActivationFunction {

    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        return Transforms.relu6(in.addi(3), false).divi(6);
    }

    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        assertShape(in, epsilon);
        INDArray inside = in.gt(-3).castTo(in.dataType()).muli(in.lt(3).castTo(in.dataType()));
        return new Pair<>(in.assign(inside.muli(epsilon).divi(6)), null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HardSigmoid;
    }

    @Override
    public int hashCode() {
        return HardSigmoid.class.hashCode();
    }

    @Override
    public String toString() {
        return "hard-sigmoid";
    }
}
