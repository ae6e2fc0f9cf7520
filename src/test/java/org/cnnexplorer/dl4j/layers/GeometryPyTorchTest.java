package org.cnnexplorer.dl4j.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cnnexplorer.core.ConvTranspose2dSpec;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.FlattenSpec;
import org.cnnexplorer.core.LayerSpec;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.core.UpsampleSpec;
import org.cnnexplorer.dl4j.graph.Dl4jGraphFactory;
import org.cnnexplorer.dl4j.graph.GraphOptions;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Upsampling (bilinear with and without aligned corners, nearest to sizes that are no whole
 * multiple) and transposed convolutions (output padding, dilation, groups, U-Net's 2x2/2) in DL4J
 * compute PyTorch's values and gradients: src/test/resources/dl4j/geometry-reference.json
 * (scripts/export_geometry_fixture.py, PyTorch 1.13) holds, per case, a seeded input, weights and
 * bias, the output, an upstream gradient {@code G} and the gradients of {@code sum(output * G)}.
 */
class GeometryPyTorchTest {

    private static final Path FIXTURE = Path.of("src/test/resources/dl4j/geometry-reference.json");
    private static final float TOLERANCE = 1e-5f;

    static Stream<Arguments> upsampleCases() throws IOException {
        return cases("upsample");
    }

    static Stream<Arguments> transposeCases() throws IOException {
        return cases("convTranspose");
    }

    private static Stream<Arguments> cases(String kind) throws IOException {
        List<Arguments> cases = new ArrayList<>();
        new ObjectMapper().readTree(FIXTURE.toFile()).get(kind)
                .forEach(c -> cases.add(Arguments.of(c.get("name").asText(), c)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("upsampleCases")
    void upsamplingGivesPyTorchsValuesAndInputGradients(String name, JsonNode c) {
        UpsampleSpec.Mode mode = c.get("mode").asText().equals("bilinear") ? UpsampleSpec.Mode.BILINEAR
                : UpsampleSpec.Mode.NEAREST;
        Size2d scale = c.get("scale").isNull() ? null : size(c.get("scale"));
        Size2d size = c.get("size").isNull() ? null : size(c.get("size"));
        ComputationGraph graph = graph(c, new UpsampleSpec(scale, size, mode, c.get("alignCorners").asBoolean()));
        check(graph, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transposeCases")
    void transposedConvolutionGivesPyTorchsValuesAndGradients(String name, JsonNode c) {
        boolean bias = c.get("bias").asBoolean();
        ComputationGraph graph = graph(c, new ConvTranspose2dSpec(c.get("filters").asInt(),
                Size2d.square(c.get("kernel").asInt()), Size2d.square(c.get("stride").asInt()),
                Size2d.square(c.get("padding").asInt()), Size2d.square(c.get("outputPadding").asInt()),
                Size2d.square(c.get("dilation").asInt()), c.get("groups").asInt(), bias));
        org.deeplearning4j.nn.api.Layer layer = graph.getLayer("geometry");
        layer.setParam("W", array(c.get("weight")));
        if (bias) {
            layer.setParam("b", array(c.get("biasValues")).reshape(1, -1));
        }
        Gradient gradient = check(graph, c);
        assertArrayEquals(floats(c.get("weightGrad")), flat(gradient.getGradientFor("W")), TOLERANCE, "dL/dW");
        if (bias) {
            assertArrayEquals(floats(c.get("biasGrad")), flat(gradient.getGradientFor("b")), TOLERANCE, "dL/db");
        }
    }

    /** Runs the layer's vertex forward and backward and compares output and input gradient. */
    private static Gradient check(ComputationGraph graph, JsonNode c) {
        GraphVertex vertex = graph.getVertex("geometry");
        LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.noWorkspaces();
        vertex.setInput(0, array(c.get("input")), workspaces);
        INDArray output = vertex.doForward(true, workspaces);
        assertArrayEquals(longs(c.get("output").get("shape")), output.shape(), "output shape");
        assertArrayEquals(floats(c.get("output")), flat(output), TOLERANCE, "output");
        vertex.setEpsilon(array(c.get("upstream")));
        Pair<Gradient, INDArray[]> backward = vertex.doBackward(false, workspaces);
        assertArrayEquals(floats(c.get("inputGrad")), flat(backward.getSecond()[0]), TOLERANCE, "dL/dinput");
        return backward.getFirst();
    }

    /** Input, the layer named {@code geometry}, flatten and a 2-class classifier; checks the JSON round trip. */
    private static ComputationGraph graph(JsonNode c, LayerSpec spec) {
        long[] in = longs(c.get("input").get("shape"));
        NetworkSpec network = new NetworkSpec("t", "T", "", "", Shape.of((int) in[1], (int) in[2], (int) in[3]), 2,
                List.of(NodeSpec.of("geometry", spec), NodeSpec.of("flat", new FlattenSpec()),
                        NodeSpec.of("fc", DenseSpec.classifier())));
        NetworkReport report = NetworkAnalyzer.analyze(network);
        assertTrue(report.isValid(), report.problems().toString());
        ComputationGraphConfiguration conf = Dl4jGraphFactory.configure(report, GraphOptions.defaults());
        ComputationGraph graph = new ComputationGraph(ComputationGraphConfiguration.fromJson(conf.toJson()));
        graph.init();
        graph.initGradientsView();
        return graph;
    }

    private static Size2d size(JsonNode value) {
        return value.isArray() ? new Size2d(value.get(0).asInt(), value.get(1).asInt())
                : Size2d.square(value.asInt());
    }

    private static INDArray array(JsonNode array) {
        return Nd4j.create(floats(array), longs(array.get("shape")), 'c');
    }

    private static long[] longs(JsonNode values) {
        long[] result = new long[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i).asLong();
        }
        return result;
    }

    private static float[] floats(JsonNode array) {
        JsonNode values = array.get("values");
        float[] result = new float[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = (float) values.get(i).asDouble();
        }
        return result;
    }

    private static float[] flat(INDArray array) {
        return array.castTo(DataType.FLOAT).dup('c').reshape(array.length()).toFloatVector();
    }
}
