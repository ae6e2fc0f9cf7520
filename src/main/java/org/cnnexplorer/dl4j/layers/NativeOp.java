package org.cnnexplorer.dl4j.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs libnd4j ops on given output arrays. libnd4j M2.1 gets the padding of oneDNN's dilated
 * convolutions wrong ("could not create a descriptor"), so a dilated window runs libnd4j's own
 * implementation, as DL4J's convolution falls back to its own for them. An op context's switch is
 * not enough there: {@code deconv2d_bp} calls {@code conv2d} inside, which asks the global
 * environment, so oneDNN is switched off for the call (one call at a time, then restored).
 */
final class NativeOp {

    private static final Object HELPERS = new Object();

    private NativeOp() {
    }

    /**
     * {@code window} is libnd4j's convolution argument list, kernel, stride, padding, then the
     * dilation at indices 6 and 7.
     */
    static void exec(String name, int[] window, INDArray[] inputs, INDArray... outputs) {
        DynamicCustomOp op = DynamicCustomOp.builder(name).addInputs(inputs).addOutputs(outputs)
                .addIntegerArguments(window).build();
        if (window[6] == 1 && window[7] == 1) {
            Nd4j.exec(op);
            return;
        }
        synchronized (HELPERS) {
            boolean allowed = Nd4j.getEnvironment().helpersAllowed();
            Nd4j.getEnvironment().allowHelpers(false);
            try {
                Nd4j.exec(op);
            } finally {
                Nd4j.getEnvironment().allowHelpers(allowed);
            }
        }
    }

    /**
     * Group {@code group} of {@code groups} equal blocks of the first axis of a contiguous C-order
     * parameter array, as a view at its offset (ND4J's interval views of M2.1 drop dimensions of
     * size 1).
     */
    static INDArray block(INDArray array, int group, int groups, String layer) {
        if (array.ordering() != 'c' || array.elementWiseStride() != 1) {
            throw new IllegalStateException("layer " + layer + ": parameters are not one contiguous C-order block: "
                    + array.shapeInfoToString());
        }
        long[] shape = array.shape().clone();
        shape[0] /= groups;
        long offset = array.offset() + group * (array.length() / groups);
        return Nd4j.create(array.data(), shape, Nd4j.getStrides(shape, 'c'), offset, 'c');
    }

    /** Group {@code group} of {@code groups} equal blocks of an NCHW array's channels (a view). */
    static INDArray channels(INDArray array, int group, int groups) {
        long size = array.size(1) / groups;
        return array.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(group * size, (group + 1) * size),
                org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all());
    }
}
