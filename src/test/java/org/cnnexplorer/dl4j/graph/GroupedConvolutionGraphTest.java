package org.cnnexplorer.dl4j.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.dl4j.layers.GroupedConvolutionLayer;
import org.cnnexplorer.io.model.ModelFiles;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Differential test for grouped and depthwise convolutions: in DL4J the parameter count (configured
 * and initialised) and every activation shape (configured and of a real forward pass) equal the
 * core's analysis, for strides, explicit and "same" padding, dilation, no bias, 1x1 kernels and
 * depth multipliers above one. A ReLU after them is folded into the layer (ActivationFusion).
 */
class GroupedConvolutionGraphTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2 groups               | \"filters\": 12, \"kernel\": 3, \"padding\": 1, \"groups\": 2",
        "4 groups, same, s2     | \"filters\": 8, \"kernel\": 3, \"stride\": 2, \"padding\": \"same\", \"groups\": 4, "
            + "\"bias\": false",
        "2 groups, dilation 2   | \"filters\": 4, \"kernel\": 5, \"stride\": 2, \"padding\": 2, \"dilation\": 2, "
            + "\"groups\": 2",
        "2 groups, 1x1          | \"filters\": 6, \"kernel\": 1, \"groups\": 2",
        "4 groups, rectangular  | \"filters\": 8, \"kernel\": [3, 1], \"stride\": [2, 1], \"groups\": 4",
        "depthwise, same, s2    | \"filters\": 8, \"kernel\": 3, \"stride\": 2, \"padding\": \"same\", \"groups\": 8, "
            + "\"bias\": false",
        "depthwise x2, s2       | \"filters\": 16, \"kernel\": 3, \"stride\": 2, \"padding\": 1, \"groups\": 8",
        "depthwise x3, dilation | \"filters\": 24, \"kernel\": 3, \"padding\": \"same\", \"dilation\": 2, \"groups\": 8, "
            + "\"bias\": false"})
    void dl4jCountsAndShapesEqualTheCores(String name, String conv) throws Exception {
        String json = """
                {"format": 1, "id": "grouped", "input": "8x9x9", "classes": 3, "layers": [
                  {"name": "conv", "type": "conv2d", %s},
                  {"name": "relu", "type": "relu"},
                  {"name": "conv2", "type": "conv2d", "filters": 4, "kernel": 1, "groups": 2},
                  {"name": "flatten", "type": "flatten"}, {"name": "fc", "type": "dense", "units": "classes"}]}"""
                .formatted(conv);
        NetworkReport report = NetworkAnalyzer.analyze(ModelFiles.parse(json, "grouped.json"));
        ComputationGraphConfiguration conf = Dl4jGraphFactory.configure(report, GraphOptions.defaults());
        assertEquals(report.totals().params(), Dl4jGraphFactoryTest.paramsWithoutRunningStats(conf, report));
        Shape in = report.settings().input();
        Map<String, InputType> types = conf.getLayerActivationTypes(
                InputType.convolutional(in.height(), in.width(), in.channels()));
        LayerVertex vertex = (LayerVertex) conf.getVertices().get("conv");
        assertInstanceOf(ActivationReLU.class, ((BaseLayer) vertex.getLayerConf().getLayer()).getActivationFn(),
                "the ReLU is folded into the convolution");
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        assertEquals(report.totals().params(), graph.numParams());
        Map<String, INDArray> activations = graph.feedForward(Nd4j.rand(DataType.FLOAT, 2, in.channels(),
                in.height(), in.width()), false);
        for (String layer : new String[] {"conv", "conv2"}) {
            Shape expected = report.layer(layer).map(LayerReport::output).orElseThrow();
            InputType.InputTypeConvolutional type = (InputType.InputTypeConvolutional) types.get(layer);
            assertEquals(expected, Shape.of((int) type.getChannels(), (int) type.getHeight(), (int) type.getWidth()),
                    layer);
            assertArrayEquals(new long[] {2, expected.channels(), expected.height(), expected.width()},
                    activations.get(layer).shape(), layer);
        }
        graph.close();
    }

    @Test
    void aGroupedLayerSurvivesTheConfigurationJsonOfCheckpoints() throws Exception {
        String json = """
                {"format": 1, "id": "grouped", "input": "8x6x6", "classes": 3, "layers": [
                  {"name": "conv", "type": "conv2d", "filters": 12, "kernel": 3, "groups": 4},
                  {"name": "flatten", "type": "flatten"}, {"name": "fc", "type": "dense", "units": "classes"}]}""";
        NetworkReport report = NetworkAnalyzer.analyze(ModelFiles.parse(json, "grouped.json"));
        ComputationGraphConfiguration conf = Dl4jGraphFactory.configure(report, GraphOptions.defaults());
        ComputationGraphConfiguration back = ComputationGraphConfiguration.fromJson(conf.toJson());
        GroupedConvolutionLayer layer = assertInstanceOf(GroupedConvolutionLayer.class,
                ((LayerVertex) back.getVertices().get("conv")).getLayerConf().getLayer());
        assertEquals(4, layer.getGroups());
        assertEquals(report.totals().params(), Dl4jGraphFactoryTest.paramsWithoutRunningStats(back, report));
    }
}
