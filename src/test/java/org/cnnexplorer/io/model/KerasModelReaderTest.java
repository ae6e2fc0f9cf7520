package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keras architecture files ({@code model.to_json()}) open like model files: channels-last shapes
 * become C x H x W, activations inside layers become layers, and the counts are Keras' own
 * (hand-computed here; Keras' "Total params" is our parameters plus batch-norm buffers).
 */
class KerasModelReaderTest {

    private static final Path DIR = Path.of("src/test/resources/keras");

    @Test
    void sequentialLeNetHasTheBuiltInsCounts() throws Exception {
        NetworkReport keras = NetworkAnalyzer.analyze(ModelSources.read(DIR.resolve("lenet5-sequential.json")));
        NetworkReport builtIn = NetworkAnalyzer.analyze(ModelCatalog.load("lenet5"));
        assertTrue(keras.isValid(), () -> keras.problems().toString());
        assertEquals(Shape.of(1, 28, 28), keras.spec().input());
        assertEquals(10, keras.spec().classes());
        assertEquals(61_706, keras.totals().params());
        assertEquals(builtIn.totals().macs(), keras.totals().macs());
        assertEquals(List.of("input", "c1", "c1.tanh", "s2", "c3", "c3.tanh", "s4", "c5", "c5.tanh", "flatten", "f6",
                "f6.tanh", "output", "output.softmax"), keras.layers().stream().map(LayerReport::name).toList());
    }

    @Test
    void functionalModelWithSkipAndBranchesHasHandComputedCounts() throws Exception {
        NetworkSpec spec = ModelSources.read(DIR.resolve("residual-functional.json"));
        NetworkReport report = NetworkAnalyzer.analyze(spec);
        assertTrue(report.isValid(), () -> report.problems().toString());
        assertEquals("tiny_resnet", spec.name());
        assertEquals(Shape.of(3, 32, 32), spec.input());
        // stem 432, bn 32 (+32 buffers), two 3x3 convs 2,320 each, branches 136 + 1,160, logits 170
        assertEquals(6_570, report.totals().params());
        assertEquals(32, report.totals().buffers());
        assertEquals(442_368L + 2 * 2_359_296L + 32_768 + 294_912 + 160, report.totals().macs());
        assertEquals(List.of("block_conv2", "stem_relu"), report.layer("block_add").orElseThrow().inputs());
        assertEquals(Shape.of(16, 16, 16), report.layer("merge").orElseThrow().output());
        assertEquals(Shape.vector(10), report.output());
    }

    @Test
    void keras3CallArgumentsAndBatchShapeAreRead() throws Exception {
        String json = """
                {"module": "keras", "class_name": "Functional", "config": {"name": "k3", "layers": [
                 {"class_name": "InputLayer", "config": {"batch_shape": [null, 8, 8, 2], "name": "in"},
                  "name": "in", "inbound_nodes": []},
                 {"class_name": "Conv2D", "config": {"name": "conv", "filters": 4, "kernel_size": [3, 3],
                  "strides": [1, 1], "padding": "valid", "data_format": "channels_last", "dilation_rate": [1, 1],
                  "groups": 1, "activation": "relu", "use_bias": true}, "name": "conv",
                  "inbound_nodes": [{"args": [{"class_name": "__keras_tensor__", "config": {"shape": [null, 8, 8, 2],
                  "dtype": "float32", "keras_history": ["in", 0, 0]}}], "kwargs": {}}]}]},
                 "keras_version": "3.3.3"}""";
        NetworkReport report = NetworkAnalyzer.analyze(ModelFiles.parse(json, "k3.json"));
        assertEquals(Shape.of(4, 6, 6), report.output());
        assertEquals(4 * 2 * 9 + 4, report.totals().params());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"class_name\": \"LSTM\", \"config\": {\"name\": \"l\", \"units\": 4}}"
            + "| k.json: $.config.layers[1] \"l\": layer class 'LSTM' is not supported; supported: Activation, ",
        "{\"class_name\": \"Conv2D\", \"config\": {\"name\": \"c\", \"filters\": 4.5, \"kernel_size\": 3}}"
            + "| k.json: $.config.layers[1] \"c\": 'filters' must be a positive integer, got 4.5",
        "{\"class_name\": \"Dense\", \"config\": {\"name\": \"d\", \"units\": 3, \"activation\": \"swish\"}}"
            + "| k.json: $.config.layers[1] \"d\": activation 'swish' is not supported",
        "{\"class_name\": \"MaxPooling2D\", \"config\": {\"name\": \"p\", \"pool_size\": 2, \"padding\": \"same\"}}"
            + "| k.json: $.config.layers[1] \"p\": pooling with padding 'same' is not supported"})
    void anUnsupportedLayerIsNamedWithItsPath(String layer, String start) {
        String json = "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"s\", \"layers\": ["
                + "{\"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 8, 8, 1], \"name\": \"i\"}},"
                + layer + "]}}";
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.parse(json, "k.json"));
        assertTrue(e.getMessage().startsWith(start.trim()), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"class_name\": \"BatchNormalization\", \"config\": {\"name\": \"b\", \"epsilon\": 1e400}}"
            + "| k.json: $.config.layers[1] \"b\": 'epsilon' must be a finite number, got 1E+400",
        "{\"class_name\": \"Dropout\", \"config\": {\"name\": \"d\", \"rate\": \"0.5\"}}"
            + "| k.json: $.config.layers[1] \"d\": 'rate' must be a finite number, got \"0.5\"",
        "{\"class_name\": \"Concatenate\", \"config\": {\"name\": \"c\", \"axis\": 4294967299}}"
            + "| k.json: $.config.layers[1] \"c\": 'axis' must be an integer, got 4294967299",
        "null| k.json: $.config.layers[1]: expected a layer object like {\"class_name\": \"Conv2D\", \"config\": "
            + "{...}}, got null",
        "{\"class_name\": \"Flatten\", \"config\": 5}| k.json: $.config.layers[1]: expected a layer object like "
            + "{\"class_name\": \"Conv2D\", \"config\": {...}}, got a layer whose config is 5",
        "{\"class_name\": \"Flatten\", \"config\": {\"name\": \"f\", \"name\": \"g\"}}"
            + "| k.json:1:",
        "{\"class_name\": \"Flatten\", \"config\": {\"name\": \"f\"}}]}} x"
            + "| k.json:1:",
        "{\"class_name\": \"Flatten\", \"config\": {\"name\": \"f\"}}]}}]"
            + "| k.json:1:",
    })
    void theKerasReaderIsAsStrictAsTheModelFormat(String layer, String start) {
        String json = "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"s\", \"layers\": ["
                + "{\"class_name\": \"InputLayer\", \"config\": {\"batch_input_shape\": [null, 8, 8, 1], \"name\": \"i\"}},"
                + layer + (layer.contains("]}}") ? "" : "]}}");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.parse(json, "k.json"));
        assertTrue(e.getMessage().startsWith(start.trim()), e.getMessage());
        if (layer.contains("]}}")) {
            assertTrue(e.getMessage().endsWith("unexpected content after the end of the model object; a model file "
                    + "holds one JSON object"), e.getMessage());
        }
        if (layer.contains("\"name\": \"g\"")) {
            assertTrue(e.getMessage().contains("Duplicate field 'name'"), e.getMessage());
        }
    }

    @Test
    void aModelWithoutAnInputShapeIsRefused() {
        String json = "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"s\", \"layers\": ["
                + "{\"class_name\": \"Flatten\", \"config\": {\"name\": \"f\"}}]}}";
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.parse(json, "k.json"));
        assertEquals("k.json: $.config.layers[0]: no input shape: the model needs an InputLayer or a first layer"
                + " with batch_input_shape", e.getMessage());
    }
}
