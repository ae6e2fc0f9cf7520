package org.cnnexplorer.dl4j.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.cnnexplorer.core.DenseSpec;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.dl4j.graph.Dl4jGraphFactory;
import org.cnnexplorer.dl4j.graph.Dl4jWeights;
import org.cnnexplorer.dl4j.graph.GraphOptions;
import org.cnnexplorer.dl4j.speed.Dl4jRuntime;
import org.cnnexplorer.io.model.ModelSources;
import org.cnnexplorer.onnx.OnnxWeights;
import org.cnnexplorer.training.NetworkWeights;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Grouped and depthwise convolutions in DL4J compute what PyTorch computes with the same weights:
 * src/test/resources/onnx/tiny-grouped.onnx (scripts/export_grouped_fixture.py: 4 groups with
 * stride 2, depthwise with multiplier 2 and no bias, 2 groups 1x1, 4 groups with dilation 2) is
 * read with its weights, written into the DL4J graph, read back unchanged, and its pooled features
 * and class probabilities for one image equal PyTorch's forward pass.
 */
class GroupedConvolutionPyTorchTest {

    private static final Path FIXTURES = Path.of("src/test/resources/onnx");

    @Test
    void dl4jForwardPassEqualsPyTorchsOnTheSameWeights() throws Exception {
        Dl4jRuntime.get();
        NetworkReport report = NetworkAnalyzer.analyze(ModelSources.read(FIXTURES.resolve("tiny-grouped.onnx")));
        NetworkWeights weights = OnnxWeights.read(FIXTURES.resolve("tiny-grouped.onnx"));
        JsonNode reference = new ObjectMapper().readTree(FIXTURES.resolve("tiny-grouped.forward.json").toFile());
        ComputationGraph graph = new ComputationGraph(Dl4jGraphFactory.configure(report, GraphOptions.defaults()));
        graph.init();

        Dl4jWeights.write(graph, report, weights);
        NetworkWeights back = Dl4jWeights.read(graph, report);
        assertEquals(weights.tensors().keySet(), back.tensors().keySet());
        weights.tensors().forEach((key, values) -> assertArrayEquals(values, back.tensors().get(key), 0f, key));

        INDArray image = Nd4j.create(floats(reference.get("input")), new long[] {1, 3, 8, 8}, 'c');
        Map<String, INDArray> activations = graph.feedForward(image, false);
        LayerReport classifier = report.layers().stream().filter(l -> l.spec() instanceof DenseSpec).findFirst()
                .orElseThrow();
        assertArrayEquals(floats(reference.get("features")), flat(activations.get(classifier.inputs().get(0))),
                1e-5f, "pooled features");
        assertArrayEquals(softmax(floats(reference.get("logits"))), flat(activations.get(classifier.name())), 1e-6f,
                "class probabilities");
        graph.close();
    }

    private static float[] flat(INDArray array) {
        return array.castTo(DataType.FLOAT).dup('c').reshape(array.length()).toFloatVector();
    }

    private static float[] floats(JsonNode values) {
        float[] result = new float[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = (float) values.get(i).asDouble();
        }
        return result;
    }

    private static float[] softmax(float[] logits) {
        double sum = 0;
        for (float logit : logits) {
            sum += Math.exp(logit);
        }
        float[] probabilities = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            probabilities[i] = (float) (Math.exp(logits[i]) / sum);
        }
        return probabilities;
    }
}
