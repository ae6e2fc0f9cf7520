package org.cnnexplorer.dl4j.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cnnexplorer.core.ChannelShuffleSpec;
import org.cnnexplorer.core.ConcatSpec;
import org.cnnexplorer.core.ConvTranspose2dSpec;
import org.cnnexplorer.core.CropSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.FlattenSpec;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerKindSamples;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.PoolSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.core.SliceSpec;
import org.cnnexplorer.core.UpsampleSpec;
import org.cnnexplorer.dl4j.layers.InterpolationVertex;
import org.cnnexplorer.dl4j.layers.TransposedConvolutionLayer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The transposed convolution, upsampling, slice, channel shuffle and crop in DL4J: each trains a
 * step in its example network and survives the configuration's JSON (checkpoints), and each
 * computes the values PyTorch computes (reference values from PyTorch 1.13).
 */
class GeometryKindsDl4jTest {

    private static ComputationGraph graph(NetworkSpec spec) {
        NetworkReport report = NetworkAnalyzer.analyze(spec);
        assertTrue(report.isValid(), report.problems().toString());
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report, GraphOptions.defaults()));
        graph.init();
        return graph;
    }

    /** Input, the given layers, then flatten and a 2-class classifier. */
    private static NetworkSpec network(Shape input, NodeSpec... layers) {
        List<NodeSpec> nodes = new java.util.ArrayList<>(List.of(layers));
        nodes.add(NodeSpec.of("flat", new FlattenSpec()));
        nodes.add(NodeSpec.of("fc", DenseSpec.classifier()));
        return new NetworkSpec("t", "T", "", "", input, 2, nodes);
    }

    private static INDArray arange(long... shape) {
        long count = 1;
        for (long s : shape) {
            count *= s;
        }
        return Nd4j.linspace(0, count - 1, count, org.nd4j.linalg.api.buffer.DataType.FLOAT).reshape(shape);
    }

    private static INDArray activation(ComputationGraph graph, String layer, INDArray input) {
        Map<String, INDArray> all = graph.feedForward(input, false);
        return all.get(layer);
    }

    @ParameterizedTest
    @EnumSource(value = LayerKind.class, names = {"CONV_TRANSPOSE2D", "UPSAMPLE", "SLICE", "CHANNEL_SHUFFLE", "CROP"})
    void theExampleNetworkTrainsAStepAndReadsBackFromJson(LayerKind kind) {
        ComputationGraph graph = graph(LayerKindSamples.network(kind));
        Shape in = LayerKindSamples.INPUT;
        Nd4j.getRandom().setSeed(1);
        INDArray labels = Nd4j.zeros(4, 10);
        for (int i = 0; i < 4; i++) {
            labels.putScalar(i, i, 1);
        }
        DataSet batch = new DataSet(Nd4j.rand(4, in.channels(), in.height(), in.width()), labels);
        INDArray before = graph.params().dup();
        graph.fit(batch);
        assertTrue(Double.isFinite(graph.score()), "score " + graph.score());
        assertNotEquals(before, graph.params());
        ComputationGraphConfiguration read = ComputationGraphConfiguration.fromJson(graph.getConfiguration().toJson());
        ComputationGraph copy = new ComputationGraph(read);
        copy.init();
        assertEquals(graph.numParams(), copy.numParams());
    }

    @Test
    void aTransposedConvolutionScattersAsPyTorchDoes() {
        ComputationGraph graph = graph(network(Shape.of(1, 3, 3),
                NodeSpec.of("up", ConvTranspose2dSpec.of(1, 3, 2, 1, false))));
        graph.getLayer("up").setParam("W", arange(1, 1, 3, 3).addi(1));
        float[] out = activation(graph, "up", arange(1, 1, 3, 3).addi(1)).data().asFloat();
        assertArrayEquals(new float[] {5, 14, 10, 24, 15, 16, 40, 26, 60, 36, 20, 44, 25, 54, 30, 46, 100, 56, 120,
            66, 35, 74, 40, 84, 45}, out);
    }

    @Test
    void transposedWeightsKeepPyTorchsInByOutLayout() {
        ComputationGraph graph = graph(network(Shape.of(2, 2, 2),
                NodeSpec.of("up", ConvTranspose2dSpec.of(3, 2, 2, 0, false))));
        graph.getLayer("up").setParam("W", arange(2, 3, 2, 2));
        float[] out = activation(graph, "up", arange(1, 2, 2, 2)).data().asFloat();
        assertArrayEquals(new float[] {48, 52, 60, 66, 56, 60, 72, 78, 72, 80, 84, 94, 88, 96, 104, 114, 64, 68, 84, 90,
            72, 76, 96, 102, 104, 112, 124, 134, 120, 128, 144, 154, 80, 84, 108, 114, 88, 92, 120, 126, 136, 144, 164,
            174, 152, 160, 184, 194}, out, 1e-3f);
    }

    @Test
    void aChannelShuffleInterleavesTheGroups() {
        ComputationGraph graph = graph(network(Shape.of(6, 1, 1), NodeSpec.of("shuffle", new ChannelShuffleSpec(2))));
        float[] out = activation(graph, "shuffle", arange(1, 6, 1, 1)).data().asFloat();
        assertArrayEquals(new float[] {0, 3, 1, 4, 2, 5}, out);
    }

    @Test
    void aSliceKeepsItsChannels() {
        ComputationGraph graph = graph(network(Shape.of(4, 2, 2), NodeSpec.of("s", new SliceSpec(1, 3))));
        INDArray input = arange(1, 4, 2, 2);
        assertEquals(input.get(NDArrayIndex.all(), NDArrayIndex.interval(1, 3), NDArrayIndex.all(),
                NDArrayIndex.all()), activation(graph, "s", input));
    }

    @Test
    void aCropToASecondInputTakesTorchvisionsCentre() {
        // 8x8 cropped to the 4x4 of a pool: rows and columns 2..5
        ComputationGraph graph = graph(network(Shape.of(3, 8, 8),
                NodeSpec.of("small", new PoolSpec(PoolSpec.Kind.MAX, Size2d.square(2), Size2d.square(2), Size2d.ZERO,
                        false)),
                NodeSpec.of("crop", CropSpec.toSecondInput(), "input", "small"),
                NodeSpec.of("cat", new ConcatSpec(), "crop", "small")));
        INDArray input = arange(1, 3, 8, 8);
        assertEquals(input.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(2, 6),
                NDArrayIndex.interval(2, 6)), activation(graph, "crop", input));
        graph.fit(new DataSet(input.div(100), Nd4j.createFromArray(new float[][] {{1, 0}})));
        assertTrue(Double.isFinite(graph.score()), "a crop-and-concat network trains: score " + graph.score());
    }

    @Test
    void anOddMarginOfThreeDropsTwoFirst() {
        ComputationGraph graph = graph(network(Shape.of(1, 7, 7), NodeSpec.of("crop", new CropSpec(Size2d.square(4)))));
        INDArray input = arange(1, 1, 7, 7);
        assertEquals(input.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(2, 6),
                NDArrayIndex.interval(2, 6)), activation(graph, "crop", input));
    }

    @Test
    void eachSettingGetsTheDl4jLayerThatComputesItExactly() {
        ComputationGraphConfiguration conf = Dl4jGraphFactory.configure(NetworkAnalyzer.analyze(network(
                Shape.of(2, 4, 4),
                NodeSpec.of("plain", ConvTranspose2dSpec.of(2, 2, 2, 0, true)),
                NodeSpec.of("padded", new ConvTranspose2dSpec(2, Size2d.square(3), Size2d.square(2), Size2d.ONE,
                        Size2d.ONE, Size2d.ONE, 1, true)),
                NodeSpec.of("whole", UpsampleSpec.nearest(2)),
                NodeSpec.of("zoom", new UpsampleSpec(Size2d.square(2), null, UpsampleSpec.Mode.BILINEAR, false)),
                NodeSpec.of("resize", new UpsampleSpec(null, new Size2d(50, 70), UpsampleSpec.Mode.NEAREST, false)))),
                GraphOptions.defaults());
        assertEquals(Deconvolution2D.class, layer(conf, "plain").getClass());
        assertEquals(TransposedConvolutionLayer.class, layer(conf, "padded").getClass());
        assertEquals(Upsampling2D.class, layer(conf, "whole").getClass());
        assertEquals(InterpolationVertex.class, conf.getVertices().get("zoom").getClass());
        assertEquals(InterpolationVertex.class, conf.getVertices().get("resize").getClass());
    }

    private static Object layer(ComputationGraphConfiguration conf, String name) {
        return ((LayerVertex) conf.getVertices().get(name)).getLayerConf().getLayer();
    }
}
