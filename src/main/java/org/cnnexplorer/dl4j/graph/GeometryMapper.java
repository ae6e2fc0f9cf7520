package org.cnnexplorer.dl4j.graph;

import org.cnnexplorer.core.ConvTranspose2dSpec;
import org.cnnexplorer.core.CropSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.core.UpsampleSpec;
import org.cnnexplorer.dl4j.layers.InterpolationVertex;
import org.cnnexplorer.dl4j.layers.TransposedConvolutionLayer;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.layers.convolutional.Cropping2D;

/**
 * The layers that change a feature map's size without pooling (transposed convolution,
 * upsampling, crop) as DL4J layers and vertices that compute exactly what PyTorch does.
 */
final class GeometryMapper {

    private GeometryMapper() {
    }

    /**
     * A transposed convolution with PyTorch's weights {@code in x filters/groups x kh x kw}: DL4J's
     * {@code Deconvolution2D} in truncate mode (output {@code (in - 1) * s + k - 2p}) where it
     * suffices, else a {@link TransposedConvolutionLayer} for output padding, dilation or groups.
     */
    static Layer convTranspose(ConvTranspose2dSpec conv) {
        boolean plain = conv.groups() == 1 && conv.outputPadding().equals(Size2d.ZERO)
                && conv.dilation().equals(Size2d.ONE);
        ConvolutionLayer.BaseConvBuilder<?> builder = plain ? new Deconvolution2D.Builder()
                : new TransposedConvolutionLayer.Builder().groups(conv.groups())
                        .outputPadding(conv.outputPadding().height(), conv.outputPadding().width());
        return builder.kernelSize(conv.kernel().height(), conv.kernel().width())
                .stride(conv.stride().height(), conv.stride().width())
                .padding(conv.padding().height(), conv.padding().width())
                .dilation(conv.dilation().height(), conv.dilation().width())
                .convolutionMode(ConvolutionMode.Truncate).hasBias(conv.bias()).nOut(conv.filters())
                .activation(org.nd4j.linalg.activations.Activation.IDENTITY).build();
    }

    /** DL4J's {@code Upsampling2D} for nearest upsampling by whole factors, else null. */
    static Layer wholeNearest(LayerReport layer, UpsampleSpec upsample) {
        Shape in = layer.inputShapes().get(0);
        Shape out = layer.output();
        if (upsample.mode() != UpsampleSpec.Mode.NEAREST || out.height() % in.height() != 0
                || out.width() % in.width() != 0) {
            return null;
        }
        return new Upsampling2D.Builder().size(new int[] {out.height() / in.height(), out.width() / in.width()})
                .build();
    }

    /** Bilinear upsampling, or nearest to a size that is no whole multiple of the input, by matrices. */
    static InterpolationVertex interpolation(LayerReport layer, UpsampleSpec upsample) {
        Shape in = layer.inputShapes().get(0);
        Shape out = layer.output();
        return new InterpolationVertex(upsample.mode() == UpsampleSpec.Mode.BILINEAR, upsample.alignCorners(),
                in.channels(), in.height(), in.width(), out.height(), out.width());
    }

    /** Crops {@code (in - out) / 2} rows and columns at the top and left, the rest at the bottom and right. */
    static Layer crop(LayerReport layer) {
        Shape in = layer.inputShapes().get(0);
        Shape out = layer.output();
        Size2d before = CropSpec.offset(in, out);
        return new Cropping2D.Builder(before.height(), in.height() - out.height() - before.height(),
                before.width(), in.width() - out.width() - before.width()).build();
    }
}
