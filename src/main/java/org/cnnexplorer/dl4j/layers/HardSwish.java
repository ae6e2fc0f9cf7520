package org.cnnexplorer.dl4j.layers;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.BaseActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Hard swish (MobileNet v3), {@code x * relu6(x + 3) / 6}, with PyTorch's gradient: 0 for
 * {@code x < -3}, {@code x / 3 + 1/2} for {@code -3 <= x < 3}, 1 from 3 on (torch 1.13). DL4J has no such function.
 */
public final class HardSwish extends BaseActivationFunction {

    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        return in.muli(Transforms.relu6(in.add(3), false).divi(6));
    }

    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        assertShape(in, epsilon);
        INDArray above = in.gte(3).castTo(in.dataType());
        INDArray middle = in.gte(-3).castTo(in.dataType()).subi(above);
        INDArray slope = in.div(3).addi(0.5).muli(middle).addi(above);
        return new Pair<>(in.assign(slope.muli(epsilon)), null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HardSwish;
    }

    @Override
    public int hashCode() {
        return HardSwish.class.hashCode();
    }

    @Override
    public String toString() {
        return "hard-swish";
    }
}
