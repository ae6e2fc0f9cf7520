package org.cnnexplorer.dl4j.graph;

import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.BatchNormSpec;
import org.cnnexplorer.core.Conv2dSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.DropoutSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.LeakyReluSpec;
import org.cnnexplorer.core.LrnSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.dl4j.layers.GroupedConvolutionLayer;
import org.cnnexplorer.dl4j.layers.HardSigmoid;
import org.cnnexplorer.dl4j.layers.HardSwish;
import org.cnnexplorer.dl4j.layers.OneDnnTanh;
import org.cnnexplorer.dl4j.layers.TunedBatchNormalizationLayer;
import org.cnnexplorer.dl4j.layers.TunedConvolutionLayer;
import org.cnnexplorer.dl4j.layers.TunedDepthwiseConvolutionLayer;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.LocalResponseNormalization;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Single-input core layers as DL4J layer configurations (identity activations; activations are layers of
 * their own).
 */
final class LayerMapper {

    private LayerMapper() {
    }

    /**
     * A convolution: DL4J's (tuned) convolution for one group, its (tuned) depthwise convolution when
     * every input channel is a group, and a {@link GroupedConvolutionLayer} for the counts between.
     */
    static Layer conv(LayerReport layer, Conv2dSpec conv) {
        Shape in = layer.inputShapes().get(0);
        ConvolutionLayer.BaseConvBuilder<?> builder;
        if (conv.groups() == 1) {
            builder = new TunedConvolutionLayer.Builder().readsNetworkInput(readsNetworkInput(layer))
                    .nOut(conv.filters());
        } else if (conv.groups() == in.channels()) {
            builder = new TunedDepthwiseConvolutionLayer.Builder().depthMultiplier(conv.filters() / conv.groups());
        } else {
            builder = new GroupedConvolutionLayer.Builder().groups(conv.groups()).nOut(conv.filters());
        }
        builder.kernelSize(conv.kernel().height(), conv.kernel().width())
                .stride(conv.stride().height(), conv.stride().width())
                .dilation(conv.dilation().height(), conv.dilation().width())
                .hasBias(conv.bias());
        if (conv.padding().same()) {
            builder.convolutionMode(ConvolutionMode.Same);
        } else {
            builder.padding(conv.padding().size().height(), conv.padding().size().width())
                    .convolutionMode(ConvolutionMode.Truncate);
        }
        return builder.activation(org.nd4j.linalg.activations.Activation.IDENTITY).build();
    }

    /** A layer fed by the images needs no gradient for its input (see {@code dl4j.layers.TunedConvolution}). */
    private static boolean readsNetworkInput(LayerReport layer) {
        return layer.inputs().equals(java.util.List.of(org.cnnexplorer.core.NetworkAnalyzer.INPUT));
    }

    static Layer dense(DenseSpec dense) {
        return new DenseLayer.Builder().nOut(dense.units()).hasBias(dense.bias())
                .activation(org.nd4j.linalg.activations.Activation.IDENTITY).build();
    }

    /** The classifier: a dense layer with softmax and cross-entropy loss. */
    static Layer output(DenseSpec dense) {
        return new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(dense.units()).hasBias(dense.bias())
                .activation(org.nd4j.linalg.activations.Activation.SOFTMAX).build();
    }

    static Layer batchNorm(BatchNormSpec bn) {
        return TunedBatchNormalizationLayer.withEpsilon(bn.epsilon());
    }

    /** PyTorch and Caffe divide alpha by the window size; DL4J does not, so divide here. */
    static Layer lrn(LrnSpec lrn) {
        return new LocalResponseNormalization.Builder().k(lrn.k()).n(lrn.size()).alpha(lrn.alpha() / lrn.size())
                .beta(lrn.beta()).build();
    }

    /** DL4J's dropout argument is the probability of keeping a value. */
    static Layer dropout(DropoutSpec dropout) {
        return new DropoutLayer.Builder(1 - dropout.rate()).build();
    }

    static Layer activation(ActivationSpec spec) {
        return new ActivationLayer.Builder().activation(activation(spec.function())).build();
    }

    /** DL4J's leaky ReLU, {@code x < 0 ? alpha * x : x}, is PyTorch's with alpha = slope. */
    static Layer leakyRelu(LeakyReluSpec spec) {
        return new ActivationLayer.Builder().activation(new ActivationLReLU(spec.slope())).build();
    }

    /**
     * The DL4J function for a core activation; tanh runs on oneDNN (see {@link OneDnnTanh}); hard
     * sigmoid and hard swish are PyTorch's, not DL4J's HARDSIGMOID (see {@link HardSigmoid}).
     */
    static IActivation activation(Activation function) {
        return switch (function) {
            case RELU -> org.nd4j.linalg.activations.Activation.RELU.getActivationFunction();
            case RELU6 -> org.nd4j.linalg.activations.Activation.RELU6.getActivationFunction();
            case TANH -> new OneDnnTanh();
            case SIGMOID -> org.nd4j.linalg.activations.Activation.SIGMOID.getActivationFunction();
            case HARD_SIGMOID -> new HardSigmoid();
            case SWISH -> org.nd4j.linalg.activations.Activation.SWISH.getActivationFunction();
            case HARD_SWISH -> new HardSwish();
            case MISH -> org.nd4j.linalg.activations.Activation.MISH.getActivationFunction();
            case SOFTMAX -> org.nd4j.linalg.activations.Activation.SOFTMAX.getActivationFunction();
        };
    }
}
