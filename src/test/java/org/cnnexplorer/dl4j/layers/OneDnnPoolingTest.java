package org.cnnexplorer.dl4j.layers;

import static org.cnnexplorer.dl4j.ArrayAsserts.assertClose;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * oneDNN's pooling primitives give the Java kernels' maps and gradients, also when the backward pass follows a
 * forward pass of another input or of another route (the max pooling's workspace is then filled again).
 */
class OneDnnPoolingTest {

    @ParameterizedTest(name = "max {0}, {1}x{1} maps, kernel {2}, stride {3}, padding {4}")
    @CsvSource({"true, 28, 2, 2, 0", "true, 17, 3, 2, 1", "true, 9, 3, 1, 1", "true, 10, 4, 3, 1", "false, 28, 2, 2, 0",
        "false, 9, 3, 1, 0", "false, 8, 4, 4, 0"})
    void givesTheJavaKernelsMapsAndGradients(boolean max, int size, int kernel, int stride, int padding) {
        Dl4jRuntime.get();
        assumeTrue(OneDnn.available(), "oneDNN's own library loaded");
        int out = (size + 2 * padding - kernel) / stride + 1;
        int[] window = {kernel, kernel, stride, stride, padding, padding};
        long[] inShape = {3, 4, size, size};
        long[] outShape = {3, 4, out, out};
        PoolKernels java = new PoolKernels(!max, false, 12, new int[] {size, size}, new int[] {out, out}, window);
        OneDnnPooling oneDnn = new OneDnnPooling(inShape, outShape, window, max, false);
        INDArray first = Nd4j.rand(DataType.FLOAT, inShape);
        INDArray second = Nd4j.rand(DataType.FLOAT, inShape);
        INDArray dy = Nd4j.rand(DataType.FLOAT, outShape).subi(0.5);

        INDArray expected = Nd4j.create(DataType.FLOAT, outShape);
        INDArray actual = Nd4j.create(DataType.FLOAT, outShape);
        java.forward(NativeFloats.of(first), NativeFloats.of(expected));
        oneDnn.forward(first, actual);
        assertClose(expected, actual, 1e-6, "pooled maps");
        assertClose(javaBackward(java, first, dy), oneDnnBackward(oneDnn, first, dy), 1e-5, "gradient");

        oneDnn.forward(first, actual);
        assertClose(javaBackward(java, second, dy), oneDnnBackward(oneDnn, second, dy), 1e-5,
                "gradient for another input than the last forward pass's");
        oneDnn.forward(second, actual);
        oneDnn.forget();
        assertClose(javaBackward(java, second, dy), oneDnnBackward(oneDnn, second, dy), 1e-5,
                "gradient after another route's forward pass");
    }

    private static INDArray javaBackward(PoolKernels java, INDArray x, INDArray dy) {
        INDArray dx = Nd4j.create(DataType.FLOAT, x.shape());
        java.backward(NativeFloats.of(x), NativeFloats.of(dy), NativeFloats.of(dx));
        return dx;
    }

    private static INDArray oneDnnBackward(OneDnnPooling oneDnn, INDArray x, INDArray dy) {
        INDArray dx = Nd4j.create(DataType.FLOAT, x.shape());
        oneDnn.backward(x, dy, dx);
        return dx;
    }
}
