package org.cnnexplorer.dl4j.layers;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Max pooling that passes its input through where every window sees exactly one input value.
 *
 * <p>GoogLeNet's inception pool branches (3x3, stride 1, padding 1) meet 1x1 maps in the last
 * stage at CIFAR-sized inputs: each window holds the one value and padding, which never wins, so
 * the output is the input and the gradient the output gradient. oneDNN has no fast kernel for that
 * shape and ran its plain reference loop three times per step (forward, and forward again plus
 * backward in {@code maxpool2d_bp}): 0.6-0.7 ms each for 32 x 832 values, 4 ms of a GoogLeNet step.
 * Here both passes are a copy. Every other shape runs DL4J's pass.
 */
final class TunedMaxPooling extends SubsamplingLayer {

    TunedMaxPooling(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        if (!identity(input)) {
            return super.activate(training, workspaceMgr);
        }
        return workspaceMgr.dup(ArrayType.ACTIVATIONS, input, 'c');
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        if (!identity(input)) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        return new Pair<>(new DefaultGradient(), workspaceMgr.dup(ArrayType.ACTIVATION_GRAD, epsilon, 'c'));
    }

    /**
     * True when each window of the 4-d NCHW input holds exactly one input value and the output has
     * the input's size: 1x1 maps (any window whose padding leaves the output 1x1) or 1x1 windows
     * with stride 1 and no padding.
     */
    boolean identity(INDArray x) {
        org.deeplearning4j.nn.conf.layers.SubsamplingLayer conf = layerConf();
        if (x == null || x.rank() != 4 || conf.getCnn2dDataFormat() != CNN2DFormat.NCHW
                || conf.getIDropout() != null || conf.getPoolingType() != PoolingType.MAX
                || convolutionMode != ConvolutionMode.Truncate) {
            return false;
        }
        return oneValue(x.size(2), 0) && oneValue(x.size(3), 1);
    }

    private boolean oneValue(long size, int axis) {
        org.deeplearning4j.nn.conf.layers.SubsamplingLayer conf = layerConf();
        int k = conf.getKernelSize()[axis];
        int s = conf.getStride()[axis];
        int p = conf.getPadding()[axis];
        int d = conf.getDilation()[axis];
        long out = (size + 2L * p - (long) d * (k - 1) - 1) / s + 1;
        if (out != size) {
            return false;
        }
        return size == 1 ? p % d == 0 && p / d < k : k == 1 && s == 1 && p == 0;
    }
}
