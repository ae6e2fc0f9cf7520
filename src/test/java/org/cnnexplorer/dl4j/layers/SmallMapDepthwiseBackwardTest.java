package org.cnnexplorer.dl4j.layers;


import org.cnnexplorer.dl4j.ArrayAsserts;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Differential test: the direct small-map depthwise gradients equal libnd4j's
 * {@code depthwise_conv2d_bp} (DL4J's own backward op) within float rounding, for 1x1, 2x2 and 4x4
 * maps, strides 1 and 2, kernels 2, 3 and 5, padding 0 to 2, dilation and a depth multiplier.
 */
class SmallMapDepthwiseBackwardTest {

    private static final int BATCH = 5;
    private static final int CHANNELS = 7;

    @ParameterizedTest(name = "{0}x{0} maps, kernel {1}, stride {2}, padding {3}, dilation {4}, multiplier {5}")
    @CsvSource({
        "1, 3, 1, 1, 1, 1",
        "1, 5, 1, 2, 1, 1",
        "1, 3, 2, 1, 1, 1",
        "2, 3, 1, 1, 1, 1",
        "2, 3, 2, 1, 1, 1",
        "2, 5, 1, 2, 1, 2",
        "2, 2, 1, 0, 1, 1",
        "4, 3, 1, 1, 1, 1",
        "4, 3, 2, 1, 1, 3",
        "4, 5, 2, 2, 1, 1",
        "4, 3, 1, 2, 2, 1"})
    void gradientsEqualLibnd4jsDepthwiseBackward(int size, int kernel, int stride, int padding, int dilation,
                                                 int multiplier) {
        Dl4jRuntime.get();
        int[] window = {kernel, kernel, stride, stride, padding, padding, dilation, dilation, 0, 0};
        int effective = dilation * (kernel - 1) + 1;
        int out = (size + 2 * padding - effective) / stride + 1;
        INDArray x = Nd4j.rand(DataType.FLOAT, BATCH, CHANNELS, size, size).subi(0.5);
        INDArray w = Nd4j.rand(DataType.FLOAT, kernel, kernel, CHANNELS, multiplier).subi(0.5);
        INDArray b = Nd4j.rand(DataType.FLOAT, CHANNELS * multiplier).subi(0.5);
        INDArray delta = Nd4j.rand(DataType.FLOAT, BATCH, CHANNELS * multiplier, out, out).subi(0.5);
        INDArray[] expected = {Nd4j.create(DataType.FLOAT, x.shape()), Nd4j.create(DataType.FLOAT, w.shape()),
            Nd4j.create(DataType.FLOAT, b.shape())};
        NativeOp.exec("depthwise_conv2d_bp", window, new INDArray[] {x, w, b, delta}, expected);
        INDArray[] actual = {Nd4j.rand(DataType.FLOAT, x.shape()), Nd4j.rand(DataType.FLOAT, w.shape()),
            Nd4j.rand(DataType.FLOAT, b.shape())};
        SmallMapDepthwiseBackward.backward(x, w, delta, window, actual[0], actual[1], actual[2]);
        String[] names = {"input gradient", "weight gradient", "bias gradient"};
        for (int i = 0; i < names.length; i++) {
            ArrayAsserts.assertClose(expected[i], actual[i], 1e-5, names[i]);
        }
    }
}
