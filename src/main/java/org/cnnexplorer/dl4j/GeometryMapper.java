package org.cnnexplorer.dl4j;

import org.cnnexplorer.core.ConvTranspose2dSpec;
import org.cnnexplorer.core.CropSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.LayerSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.core.UpsampleSpec;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.layers.convolutional.Cropping2D;

/**
 * The layers that change a feature map's size without pooling (transposed convolution,
 * upsampling, crop) as DL4J layers, where DL4J computes exactly what PyTorch does; the rest is
 * refused for training with the reason, while the analysis stays exact.
 */
final class GeometryMapper {

    private GeometryMapper() {
    }

    /**
     * DL4J's {@code Deconvolution2D} in truncate mode: output {@code (in - 1) * s + k - 2p}, weights
     * {@code in x filters x kh x kw}, as PyTorch without output padding, dilation or groups.
     */
    static Layer convTranspose(LayerReport layer, ConvTranspose2dSpec conv) {
        if (conv.groups() != 1 || !conv.outputPadding().equals(Size2d.ZERO) || !conv.dilation().equals(Size2d.ONE)) {
            throw refused(layer, "with groups, output padding or dilation (DL4J's Deconvolution2D has none of them)");
        }
        return new Deconvolution2D.Builder().nOut(conv.filters())
                .kernelSize(conv.kernel().height(), conv.kernel().width())
                .stride(conv.stride().height(), conv.stride().width())
                .padding(conv.padding().height(), conv.padding().width())
                .convolutionMode(ConvolutionMode.Truncate).hasBias(conv.bias())
                .activation(org.nd4j.linalg.activations.Activation.IDENTITY).build();
    }

    /** Nearest upsampling by whole factors (a fixed size must be a whole multiple of the input). */
    static Layer upsample(LayerReport layer, UpsampleSpec upsample) {
        Shape in = layer.inputShapes().get(0);
        Shape out = layer.output();
        if (upsample.mode() != UpsampleSpec.Mode.NEAREST) {
            throw refused(layer, "in " + upsample.mode().id() + " mode (DL4J's Upsampling2D copies the nearest value)");
        }
        if (out.height() % in.height() != 0 || out.width() % in.width() != 0) {
            throw refused(layer, "from " + in.height() + "x" + in.width() + " to " + out.height() + "x"
                    + out.width() + " (DL4J's Upsampling2D takes whole factors only)");
        }
        return new Upsampling2D.Builder().size(new int[] {out.height() / in.height(), out.width() / in.width()})
                .build();
    }

    /** Crops {@code (in - out) / 2} rows and columns at the top and left, the rest at the bottom and right. */
    static Layer crop(LayerReport layer) {
        Shape in = layer.inputShapes().get(0);
        Shape out = layer.output();
        Size2d before = CropSpec.offset(in, out);
        return new Cropping2D.Builder(before.height(), in.height() - out.height() - before.height(),
                before.width(), in.width() - out.width() - before.width()).build();
    }

    /** The refusal for a kind or setting that DL4J cannot train. */
    static UnsupportedLayerException refused(LayerReport layer, String detail) {
        LayerSpec spec = layer.spec();
        return new UnsupportedLayerException(layer.name(), "training " + spec.type() + " layers " + detail
                + " is not supported yet; the analysis is exact");
    }
}
