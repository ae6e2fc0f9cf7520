package org.cnnexplorer.dl4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cnnexplorer.core.AdaptiveAvgPoolSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.FlattenSpec;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Optimizer;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.dl4j.graph.Dl4jGraphFactory;
import org.cnnexplorer.dl4j.graph.GraphOptions;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The tiny networks of the DL4J training tests: MNIST classifiers around the layers a test is about,
 * and finite-difference checks of DL4J's gradients on inputs small enough for them.
 */
public final class TinyNetworks {

    private TinyNetworks() {
    }

    /** A 1x28x28 ten-class network: the layers, then global average pool, flatten and the classifier. */
    public static NetworkSpec mnistClassifier(String id, String name, NodeSpec... layers) {
        List<NodeSpec> nodes = new ArrayList<>(List.of(layers));
        nodes.add(NodeSpec.of("gap", AdaptiveAvgPoolSpec.global()));
        nodes.add(NodeSpec.of("flatten", new FlattenSpec()));
        nodes.add(NodeSpec.of("fc", DenseSpec.classifier()));
        return new NetworkSpec(id, name, "", "", Shape.of(1, 28, 28), 10, nodes);
    }

    /**
     * Asserts that DL4J's gradients of a network on two random 2x3x3 inputs (three classes; the layers
     * end with the classifier) equal central finite differences in double precision.
     */
    public static void assertGradientsMatchFiniteDifferences(String id, NodeSpec... layers) {
        DataType before = Nd4j.dataType();
        DataType beforeFloat = Nd4j.defaultFloatingPointType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            NetworkSpec spec = new NetworkSpec(id, id, "", "", Shape.of(2, 3, 3), 3, List.of(layers));
            ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(NetworkAnalyzer.analyze(spec),
                    new GraphOptions(Optimizer.SGD, 1.0, 7)));
            graph.init();
            graph = graph.convertDataType(DataType.DOUBLE);
            Nd4j.getRandom().setSeed(11);
            INDArray images = Nd4j.rand(DataType.DOUBLE, 2, 2, 3, 3).subi(0.5).muli(4);
            INDArray labels = Nd4j.zeros(DataType.DOUBLE, 2, 3);
            labels.putScalar(0, 1, 1).putScalar(1, 2, 1);
            assertTrue(GradientCheckUtil.checkGradients(new GradientCheckUtil.GraphConfig().net(graph)
                    .inputs(new INDArray[] {images}).labels(new INDArray[] {labels})
                    .epsilon(1e-6).maxRelError(1e-3).minAbsoluteError(1e-8)), id + ": gradients differ");
        } finally {
            Nd4j.setDefaultDataTypes(before, beforeFloat);
        }
    }
}
