package org.cnnexplorer.dl4j.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.stream.Stream;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.LeakyReluSpec;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The DL4J functions of the later activations give PyTorch's values and gradients (torch 1.13,
 * float64, {@code torch.autograd.grad}) at points on both sides of every kink, including the kinks
 * (leaky ReLU's at 0 aside).
 */
class LaterActivationsTest {

    private static final double[] X = {-4, -3, -1.5, 0, 0.5, 2.9, 3, 4};

    static Stream<Arguments> pyTorch() {
        return Stream.of(
            Arguments.of("hard-sigmoid", LayerMapper.activation(Activation.HARD_SIGMOID),
                new double[] {0, 0, 0.25, 0.5, 0.5833333333, 0.9833333333, 1, 1},
                new double[] {0, 0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 0, 0}),
            Arguments.of("hard-swish", LayerMapper.activation(Activation.HARD_SWISH),
                new double[] {0, 0, -0.375, 0, 0.2916666667, 2.8516666667, 3, 4},
                new double[] {0, -0.5, 0, 0.5, 0.6666666667, 1.4666666667, 1, 1}),
            Arguments.of("swish", LayerMapper.activation(Activation.SWISH),
                new double[] {-0.0719448398, -0.1422776195, -0.2736382857, 0, 0.3112296656, 2.7487546671,
                    2.8577223805, 3.9280551602},
                new double[] {-0.0526646149, -0.088104106, -0.0412941543, 0.5, 0.7399611873, 1.0912037868,
                    1.088104106, 1.0526646149}),
            Arguments.of("mish", LayerMapper.activation(Activation.MISH),
                new double[] {-0.0725917408, -0.1456474613, -0.2980997422, 0, 0.3752452113, 2.8842668281,
                    2.986535005, 3.997412807},
                new double[] {-0.0537732098, -0.0933931145, -0.0640978159, 0.6, 0.8864243754, 1.0243191257,
                    1.0211069109, 1.0044328769}),
            Arguments.of("leaky-relu 0.1", ((ActivationLayer) LayerMapper.leakyRelu(new LeakyReluSpec(0.1)))
                    .getActivationFn(),
                new double[] {-0.4, -0.3, -0.15, 0, 0.5, 2.9, 3, 4},
                // at exactly 0 DL4J takes the gradient 1 and PyTorch the slope: either is a subgradient
                new double[] {0.1, 0.1, 0.1, 1, 1, 1, 1, 1}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pyTorch")
    void valuesAndGradientsEqualPyTorchs(String name, IActivation function, double[] values, double[] gradients) {
        INDArray forward = function.getActivation(Nd4j.createFromArray(X), false);
        assertArrayEquals(values, forward.toDoubleVector(), 1e-6, name);
        INDArray ones = Nd4j.ones(DataType.DOUBLE, X.length);
        INDArray backward = function.backprop(Nd4j.createFromArray(X), ones).getFirst();
        assertArrayEquals(gradients, backward.toDoubleVector(), 1e-6, name);
    }
}
