package org.cnnexplorer.dl4j.layers;

import org.deeplearning4j.nn.conf.ConvolutionMode;

/** The output length of a DL4J window layer (convolution or pooling) along one axis. */
final class WindowLength {

    private WindowLength() {
    }

    /**
     * {@code ceil(in / s)} in DL4J's "same" mode, else {@code floor((in + 2p - d(k - 1) - 1) / s) + 1};
     * the arrays are the layer's kernel, stride, padding and dilation (height, width), {@code axis} 0
     * for the height.
     */
    static long of(long in, int axis, int[] kernel, int[] stride, int[] padding, int[] dilation, ConvolutionMode mode) {
        int s = stride[axis];
        if (mode == ConvolutionMode.Same) {
            return (in + s - 1) / s;
        }
        return (in + 2L * padding[axis] - (long) dilation[axis] * (kernel[axis] - 1) - 1) / s + 1;
    }
}
