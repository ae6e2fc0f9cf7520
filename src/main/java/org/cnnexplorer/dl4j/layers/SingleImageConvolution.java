package org.cnnexplorer.dl4j.layers;

import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The forward pass of a convolution on one NCHW image as one matrix product, without oneDNN's reorders.
 *
 * <p>oneDNN computes convolutions in its blocked layouts, so libnd4j reorders the image, the weights
 * and the result between NCHW and those layouts on every call; for ResNet-50 on one 3x224x224 image
 * the reorders took most of oneDNN's time (decision 0005). For one image the convolution is a
 * single product of the weights with the image's columns (im2col), which are already laid out for it:
 * <pre>
 *   X[(c, i, j), (oh, ow)] = x[c, oh*sH - pH + i*dH, ow*sW - pW + j*dW]   (0 outside the image)
 *   z[o, (oh, ow)] = sum over (c, i, j) of W[o, (c, i, j)] * X[(c, i, j), (oh, ow)] + b[o]
 * </pre>
 * A 1x1 convolution with stride 1 and no padding needs no columns: X is the image itself.
 */
final class SingleImageConvolution {

    private SingleImageConvolution() {
    }

    /**
     * Writes the convolution of {@code image} ({@code [1, C, H, W]}) with {@code weights}
     * ({@code [O, C, kH, kW]}) plus {@code bias} (null for none) into {@code z} ({@code [1, O, oH, oW]});
     * the columns are working memory of the layer's forward pass.
     *
     * @param window libnd4j's convolution arguments: kernel, stride, padding, dilation (height, width each)
     */
    static void forward(INDArray image, INDArray weights, INDArray bias, int[] window, INDArray z,
                        LayerWorkspaceMgr workspaceMgr) {
        long out = weights.size(0);
        long taps = weights.length() / out;
        long positions = z.size(2) * z.size(3);
        INDArray z2d = z.reshape('c', out, positions);
        INDArray columns = columns(image, window, z, workspaceMgr).reshape('c', taps, positions);
        weights.reshape('c', out, taps).mmuli(columns, z2d);
        if (bias != null) {
            z2d.addiColumnVector(bias.reshape('c', out, 1));
        }
    }

    private static INDArray columns(INDArray image, int[] window, INDArray z, LayerWorkspaceMgr workspaceMgr) {
        boolean pointwise = window[0] == 1 && window[1] == 1 && window[2] == 1 && window[3] == 1 && window[4] == 0
                && window[5] == 0;
        if (pointwise) {
            return image;
        }
        INDArray columns = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM, image.dataType(),
                new long[] {1, image.size(1), window[0], window[1], z.size(2), z.size(3)}, 'c');
        Nd4j.exec(DynamicCustomOp.builder("im2col").addInputs(image).addOutputs(columns)
                .addIntegerArguments(window[0], window[1], window[2], window[3], window[4], window[5], window[6],
                        window[7], 0)
                .addFloatingPointArguments(0.0).build());
        return columns;
    }
}
