package org.cnnexplorer.dl4j.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cnnexplorer.core.Activation;
import org.cnnexplorer.core.ActivationSpec;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerKindSamples;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Shape;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.activations.impl.ActivationReLU;

/**
 * Every kind, in its example network, becomes a DL4J graph with the core's parameter count and
 * activation shapes, or is refused with an {@link UnsupportedLayerException} naming the layer:
 * never an unnoticed default.
 */
class LayerKindsDl4jTest {

    /** Kinds the backend refuses on purpose (with the reason in the exception); none so far. */
    private static final Set<LayerKind> REFUSED = EnumSet.noneOf(LayerKind.class);

    @ParameterizedTest
    @EnumSource(LayerKind.class)
    void everyKindIsTranslatedWithTheCoresCountsAndShapesOrRefusedByName(LayerKind kind) {
        NetworkReport report = NetworkAnalyzer.analyze(LayerKindSamples.network(kind));
        ComputationGraphConfiguration conf;
        try {
            conf = Dl4jGraphFactory.configure(report, GraphOptions.defaults());
        } catch (UnsupportedLayerException e) {
            assertTrue(e.getMessage().startsWith("not trainable in this backend: " + LayerKindSamples.SAMPLE),
                    e.getMessage());
            assertTrue(REFUSED.contains(kind), "refused: " + e.getMessage());
            return;
        }
        assertEquals(report.totals().params(), Dl4jGraphFactoryTest.paramsWithoutRunningStats(conf, report));
        Shape in = report.settings().input();
        Map<String, InputType> types = conf.getLayerActivationTypes(
                InputType.convolutional(in.height(), in.width(), in.channels()));
        for (LayerReport layer : report.layers()) {
            InputType type = types.get(layer.name());
            if (type != null && !layer.name().equals(NetworkAnalyzer.INPUT)) {
                assertEquals(layer.output().elements(), type.arrayElementsPerExample(), layer.name() + " " + type);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(LayerKind.class)
    void aReluIsFoldedOnlyIntoKindsWhoseLayerAppliesIt(LayerKind kind) {
        if (!ActivationFusion.takesActivation(kind) && kind != LayerKind.BATCHNORM) {
            return; // batch norm takes a ReLU or ReLU6 (ActivationFusion.foldsIntoBatchNorm)
        }
        ComputationGraphConfiguration conf = Dl4jGraphFactory.configure(
                NetworkAnalyzer.analyze(withReluAfterSample(LayerKindSamples.network(kind))), GraphOptions.defaults());
        LayerVertex vertex = (LayerVertex) conf.getVertices().get(LayerKindSamples.SAMPLE);
        BaseLayer layer = assertInstanceOf(BaseLayer.class, vertex.getLayerConf().getLayer());
        assertInstanceOf(ActivationReLU.class, layer.getActivationFn());
    }

    private static NetworkSpec withReluAfterSample(NetworkSpec spec) {
        List<NodeSpec> nodes = new ArrayList<>();
        for (NodeSpec node : spec.nodes()) {
            nodes.add(node);
            if (node.name().equals(LayerKindSamples.SAMPLE)) {
                nodes.add(NodeSpec.of("act", new ActivationSpec(Activation.RELU)));
            }
        }
        return new NetworkSpec(spec.id(), spec.name(), "", "", spec.input(), spec.classes(), nodes);
    }
}
