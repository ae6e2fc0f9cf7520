package org.cnnexplorer.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.model.ModelSources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ONNX files exported from PyTorch/torchvision by scripts/export_onnx_fixtures.py read into the
 * same numbers PyTorch gives (parameters, batch-norm buffers, MACs from forward hooks, every
 * node's output shape from onnx.shape_inference) and the same totals as the matching built-in.
 */
class OnnxImportTest {

    static final Path FIXTURES = Path.of("src/test/resources/onnx");

    static NetworkReport imported(String name) throws ModelFileException {
        return NetworkAnalyzer.analyze(ModelSources.read(FIXTURES.resolve(name + ".onnx")));
    }

    static JsonNode reference(String name) throws IOException {
        return new ObjectMapper().readTree(FIXTURES.resolve(name + ".ref.json").toFile());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lenet5", "alexnet", "vgg16", "googlenet", "resnet18", "resnet50", "mobilenet_v2",
        "tiny-se-depthwise", "tiny-later-activations", "tiny-grouped"})
    void totalsEqualPyTorchs(String name) throws Exception {
        NetworkReport report = imported(name);
        JsonNode ref = reference(name);
        assertTrue(report.isValid(), () -> report.problems().toString());
        assertEquals(ref.get("params").asLong(), report.totals().params());
        assertEquals(ref.get("buffers").asLong(), report.totals().buffers());
        assertEquals(ref.get("macs").asLong(), report.totals().macs());
        JsonNode input = ref.get("input");
        assertEquals(Shape.of(input.get(0).asInt(), input.get(1).asInt(), input.get(2).asInt()),
                report.spec().input());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lenet5", "alexnet", "vgg16", "googlenet", "resnet18", "resnet50", "mobilenet_v2",
        "tiny-se-depthwise", "tiny-later-activations", "tiny-grouped"})
    void everyLayerHasTheOutputShapeOnnxInfers(String name) throws Exception {
        NetworkReport report = imported(name);
        JsonNode outputs = reference(name).get("outputs");
        int compared = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = outputs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            var layer = report.layer(entry.getKey());
            if (layer.isEmpty()) {
                continue; // Identity, Pad and Constant nodes are no layers
            }
            assertEquals(expected(entry.getValue()), describe(layer.get().output()), entry.getKey());
            compared++;
        }
        assertEquals(report.layers().size() - 1, compared, "every layer (the input aside) was compared");
    }

    @ParameterizedTest(name = "{0} = built-in {1}")
    @CsvSource({"lenet5, lenet5", "alexnet, alexnet", "vgg16, vgg16", "googlenet, googlenet",
        "resnet50, resnet50", "mobilenet_v2, mobilenet-v2"})
    void totalsEqualTheBuiltIn(String file, String builtIn) throws Exception {
        NetworkReport fromOnnx = imported(file);
        NetworkReport fromJson = NetworkAnalyzer.analyze(ModelCatalog.load(builtIn));
        assertEquals(fromJson.totals().params(), fromOnnx.totals().params());
        assertEquals(fromJson.totals().buffers(), fromOnnx.totals().buffers());
        assertEquals(fromJson.totals().macs(), fromOnnx.totals().macs());
        assertEquals(fromJson.output(), fromOnnx.output());
    }

    @org.junit.jupiter.api.Test
    void nodeNamesAndProvenanceComeFromTheFile() throws Exception {
        NetworkSpec spec = ModelSources.read(FIXTURES.resolve("resnet18.onnx"));
        assertEquals("resnet18", spec.id());
        assertEquals("resnet18", spec.name(), "named after the file, not the exporter's graph name torch_jit");
        assertTrue(spec.variant().endsWith(", graph 'torch_jit'"), spec.variant());
        assertTrue(spec.variant().startsWith("ONNX, opset 13, written by pytorch"), spec.variant());
        assertEquals(1000, spec.classes());
        NetworkReport report = NetworkAnalyzer.analyze(spec);
        assertTrue(report.layer("/layer1/layer1.0/conv1/Conv").isPresent());
        assertTrue(report.layer("/layer1/layer1.0/Add").isPresent());
    }

    @org.junit.jupiter.api.Test
    void theLastDenseLayerFollowsTheClassCount() throws Exception {
        NetworkSpec spec = ModelSources.read(FIXTURES.resolve("alexnet.onnx"));
        NetworkReport ten = NetworkAnalyzer.analyze(spec.withClasses(10));
        assertEquals(Shape.vector(10), ten.output());
    }

    private static String expected(JsonNode dims) {
        List<String> parts = new ArrayList<>();
        dims.forEach(d -> parts.add(d.asText()));
        return String.join("x", parts);
    }

    private static String describe(Shape shape) {
        return shape.flat() ? Integer.toString(shape.channels())
                : shape.channels() + "x" + shape.height() + "x" + shape.width();
    }
}
