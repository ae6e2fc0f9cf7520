package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad model files give one line naming the file, the line and column or JSON path, and what was expected. */
class ModelFileErrorsTest {

    private static final String HEAD = "{\"format\": 1, \"id\": \"n\", \"input\": \"3x8x8\", \"classes\": 2, \"layers\": [\n";

    private static String error(String json) {
        return assertThrows(ModelFileException.class, () -> ModelFiles.parse(json, "net.json")).getMessage();
    }

    /** A file whose second line is the given layer entry. */
    private static String layerError(String layer) {
        return error(HEAD + "  " + layer + "\n]}");
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        assertEquals("net.json:3:1: $.layers[0]: malformed JSON: Unexpected close marker ']': expected '}'",
                layerError("{\"name\": \"a\", \"type\": \"relu\""));
        assertTrue(layerError("{\"name\": \"a\", \"type\": \"relu\"},").startsWith("net.json:3:1: $.layers: malformed JSON: "));
    }

    @Test
    void duplicateKeyIsMalformed() {
        assertTrue(layerError("{\"name\": \"a\", \"type\": \"relu\", \"type\": \"tanh\"}")
                .startsWith("net.json:2:39: $.layers[0]: malformed JSON: Duplicate field 'type'")); // just after the key
    }

    @Test
    void unknownLayerTypeListsTheKnownTypes() {
        assertEquals("net.json:2:3: $.layers[0] \"a\": unknown layer type 'conv3d'; known types: adaptive-avgpool, add, "
                + "avgpool, basic-block, batchnorm, bottleneck, channel-shuffle, concat, conv-transpose2d, conv2d, "
                + "crop, csp-stage, dense, dense-block, dropout, fcn-head, flatten, global-avgpool, hard-sigmoid, "
                + "hard-swish, inception, inverted-residual, inverted-residual-stage, leaky-relu, lrn, maxpool, mish, "
                + "multiply, relu, relu6, repeat, residual-stage, separable, sigmoid, slice, softmax, "
                + "squeeze-excitation, swish, tanh, transition, upsample",
                layerError("{\"name\": \"a\", \"type\": \"conv3d\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"name\": \"a\", \"type\": \"conv2d\", \"kernel\": 3}"
            + "| net.json:2:3: $.layers[0] \"a\": missing field 'filters' (a positive integer)",
        "{\"type\": \"relu\"} | net.json:2:3: $.layers[0]: missing field 'name'",
        "{\"name\": \"a\"} | net.json:2:3: $.layers[0] \"a\": missing field 'type'",
        "{\"name\": \"a\", \"type\": \"conv2d\", \"filters\": \"64\", \"kernel\": 3}"
            + "| net.json:2:3: $.layers[0] \"a\": 'filters' must be an integer of at least 1, got \"64\"",
        "{\"name\": \"a\", \"type\": \"conv2d\", \"filters\": 4.5, \"kernel\": 3}"
            + "| net.json:2:3: $.layers[0] \"a\": 'filters' must be an integer of at least 1, got 4.5",
        "{\"name\": \"a\", \"type\": \"conv2d\", \"filters\": 8, \"kernel\": 3, \"bias\": 1}"
            + "| net.json:2:3: $.layers[0] \"a\": 'bias' must be true or false, got 1",
        "{\"name\": \"a\", \"type\": \"conv2d\", \"filters\": 8, \"kernel\": [3, 3, 3]}"
            + "| net.json:2:3: $.layers[0] \"a\": 'kernel' must be an integer of at least 1 or [height, width], got [3,3,3]",
        "{\"name\": \"a\", \"type\": \"conv2d\", \"filters\": 8, \"kernel\": 3, \"padding\": \"valid\"}"
            + "| net.json:2:3: $.layers[0] \"a\": 'padding' must be an integer, [height, width] or \"same\", got \"valid\"",
        "{\"name\": \"a\", \"type\": \"dense\", \"units\": \"many\"}"
            + "| net.json:2:3: $.layers[0] \"a\": 'units' must be a positive integer or \"classes\", got \"many\"",
        "{\"name\": \"a\", \"type\": \"relu\", \"inputs\": \"x\"}"
            + "| net.json:2:3: $.layers[0] \"a\": 'inputs' must be a list of layer names, got \"x\"",
        "{\"name\": \"a\", \"type\": \"dropout\", \"rate\": 1.0}"
            + "| net.json:2:3: $.layers[0] \"a\": dropout rate must be in [0, 1), got 1.0",
        "{\"name\": \"a\", \"type\": \"leaky-relu\", \"slope\": -0.1}"
            + "| net.json:2:3: $.layers[0] \"a\": leaky-relu slope must be a finite number >= 0, got -0.1",
        "{\"name\": \"a\", \"type\": \"leaky-relu\", \"slope\": \"small\"}"
            + "| net.json:2:3: $.layers[0] \"a\": 'slope' must be a number, got \"small\"",
        "{\"name\": \"a\", \"type\": \"residual-stage\", \"block\": \"huge\", \"blocks\": 2, \"width\": 4}"
            + "| net.json:2:3: $.layers[0] \"a\": 'block' must be \"bottleneck\" or \"basic\", got \"huge\"",
        "{\"name\": \"a\", \"type\": \"inverted-residual\", \"filters\": 8}"
            + "| net.json:2:3: $.layers[0] \"a\": inverted-residual needs exactly one of 'expansion' (a ratio, the "
            + "papers' t) and 'expanded' (channels)",
        "{\"name\": \"a\", \"type\": \"inverted-residual\", \"filters\": 8, \"expansion\": 6, \"layout\": \"v2\"}"
            + "| net.json:2:3: $.layers[0] \"a\": 'layout' must be \"mbconv\" or \"mobilenet-v2\", got \"v2\"",
        "{\"name\": \"a\", \"type\": \"inverted-residual\", \"filters\": 8, \"expansion\": 6, \"se\": 2, "
            + "\"layout\": \"mobilenet-v2\"}| net.json:2:3: $.layers[0] \"a\": torchvision's MobileNet v2 block has no "
            + "squeeze-and-excitation; use the layout \"mbconv\" for an SE step",
        "{\"name\": \"a\", \"type\": \"squeeze-excitation\", \"squeeze\": 4, \"reduction\": 4}"
            + "| net.json:2:3: $.layers[0] \"a\": squeeze-excitation needs exactly one of 'squeeze' (channels) and "
            + "'reduction' (a ratio)",
        "{\"name\": \"a\", \"type\": \"squeeze-excitation\", \"reduction\": 4, \"gate\": \"step\"}"
            + "| net.json:2:3: $.layers[0] \"a\": 'gate' must be an activation (relu, relu6, sigmoid, hard-sigmoid, "
            + "swish, hard-swish, tanh, mish), got \"step\"",
        "{\"name\": \"a\", \"type\": \"dense-block\", \"layers\": 0, \"growthRate\": 32}"
            + "| net.json:2:3: $.layers[0] \"a\": 'layers' must be an integer of at least 1, got 0",
        "{\"name\": \"a\", \"type\": \"csp-stage\", \"filters\": 8, \"blocks\": 1, \"activation\": \"softmax\"}"
            + "| net.json:2:3: $.layers[0] \"a\": 'activation' must be an activation type such as \"leaky-relu\", "
            + "\"mish\" or \"relu\", got \"softmax\"",
        "{\"name\": \"a\", \"type\": \"csp-stage\", \"filters\": 8, \"blocks\": 1, \"activation\": \"mish\", "
            + "\"slope\": 0.1} | net.json:2:3: $.layers[0] \"a\": 'slope' applies to \"leaky-relu\" only, not to \"mish\"",
        "{\"name\": \"a\", \"type\": \"csp-stage\", \"filters\": 64, \"blocks\": 1, \"blockRatio\": 1}"
            + "| net.json:2:3: $.layers[0] \"a\": csp-stage blocks read half of conv_exp's 64 channels (32) and add it "
            + "to their output, so rint(filters x blockRatio) = 64 must equal 32 and the bottleneck keep at least 1",
        "3 | net.json:2:3: $.layers[0]: expected a layer object like {\"name\": \"conv1\", \"type\": \"conv2d\", ...}, got 3",
    })
    void badLayerEntryNamesTheLayerAndWhatWasExpected(String layer, String message) {
        assertEquals(message, layerError(layer));
    }

    @Test
    void unknownFieldListsTheKnownOnesAndSuggestsTheClosest() {
        assertEquals("net.json:2:3: $.layers[0] \"a\": unknown field 'strides' for type conv2d; known fields: bias, "
                + "comment, dilation, filters, groups, inputs, kernel, name, padding, stride, trainable, type, "
                + "widthFloor (did you mean 'stride'?)", layerError("{\"name\": \"a\", \"type\": \"conv2d\", \"filters\": 8, "
                + "\"kernel\": 3, \"strides\": 2}"));
        String topLevel = error("{\"format\": 1, \"id\": \"n\", \"colour\": 1}");
        assertTrue(topLevel.startsWith("net.json:1:"), topLevel);
        assertTrue(topLevel.endsWith(": $.colour: unknown field 'colour'; known fields here: classes, family, format, id, "
                + "input, layers, name, overrides, source, training, variant, year"), topLevel);
    }

    @Test
    void errorInsideARepeatGivesTheNestedPath() {
        assertEquals("net.json:2:3: $.layers[0].layers[1] \"c\": missing field 'filters' (a positive integer)",
                layerError("{\"name\": \"r\", \"type\": \"repeat\", \"times\": 2, \"layers\": [{\"name\": \"b\", "
                        + "\"type\": \"relu\"}, {\"name\": \"c\", \"type\": \"conv2d\", \"kernel\": 3}]}"));
    }

    @Test
    void repeatCopyNumbersAreCheckedWhereTheyAreWritten() {
        String repeat = "{\"name\": \"r\", \"type\": \"repeat\", \"times\": 3, \"layers\": [{\"name\": \"b\", "
                + "\"type\": \"relu\"}], ";
        assertEquals("net.json:2:3: $.layers[0] \"r\": 'firstIndex' must be an integer of at most 2147483645, "
                + "got 2147483646", layerError(repeat + "\"firstIndex\": 2147483646}"));
        assertEquals("net.json:2:3: $.layers[0] \"r\": 'firstIndex' must be an integer of at least 0, got -1",
                layerError(repeat + "\"firstIndex\": -1}"));
        assertEquals("net.json:2:3: $.layers[0] \"r\": 'copyPrefix' must be a name part without '.' (copies are "
                + "named <block>.<copyPrefix><number>), got \"a.b\"", layerError(repeat + "\"copyPrefix\": \"a.b\"}"));
        assertEquals("net.json:2:3: $.layers[0] \"r\": 'copyPrefix' must be a non-empty string, got 7",
                layerError(repeat + "\"copyPrefix\": 7}"));
    }

    @Test
    void overrideMustBeASingleLayer() {
        assertEquals("net.json:3:23: $.overrides.a: an override replaces a single layer; a block (repeat) cannot",
                error(HEAD + "  {\"name\": \"a\", \"type\": \"relu\"}\n], \"overrides\": {\"a\": {\"type\": \"repeat\", "
                        + "\"times\": 1, \"layers\": [{\"name\": \"x\", \"type\": \"relu\"}]}}}"));
    }

    @Test
    void overrideCannotRewireALayer() {
        assertEquals("net.json:3:23: $.overrides.a: 'inputs' cannot be overridden; an override gives a layer's type "
                + "and settings", error(HEAD + "  {\"name\": \"a\", \"type\": \"relu\"}\n], \"overrides\": {\"a\": "
                + "{\"type\": \"tanh\", \"inputs\": [\"input\"]}}}"));
    }

    @Test
    void overrideOfALayerThatDoesNotExistIsATypo() {
        assertEquals("net.json:3:35: $.overrides.stage.3.conv1: no layer is named 'stage.3.conv1'; overrides use the "
                + "expanded names that 'cnnx summary' lists, e.g. layer3.0.conv2",
                error(HEAD + "  {\"name\": \"stage\", \"type\": \"residual-stage\", \"blocks\": 2, \"width\": 2}\n], "
                        + "\"overrides\": {\"stage.3.conv1\": {\"type\": \"conv2d\", \"filters\": 2, \"kernel\": 1}}}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"input\": \"3x0x8\" | net.json: $.input: '3x0x8' is not a shape: expected CxHxW with positive integers, e.g. 3x224x224",
        "\"input\": \"784\" | net.json: $.input: must be \"CxHxW\" or {\"channels\", \"height\", \"width\"} "
            + "with positive integers, got \"784\"",
        "\"input\": {\"channels\": 3} | net.json: $.input: must be \"CxHxW\" or {\"channels\", \"height\", \"width\"} "
            + "with positive integers, got {\"channels\":3}",
        "\"input\": \"3x8x8\", \"classes\": \"ten\" | net.json:1:55: $.classes: expected an integer, got \"ten\"",
        "\"input\": \"3x8x8\", \"classes\": 0 | net.json: $.classes: must be at least 1, got 0",
        "\"input\": \"3x8x8\" | net.json: missing field 'classes' (the number of output classes)",
    })
    void badTopLevelFieldSaysWhatWasExpected(String fields, String message) {
        assertEquals(message, error("{\"format\": 1, \"id\": \"n\", " + fields
                + ", \"layers\": [{\"name\": \"a\", \"type\": \"relu\"}]}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"adam\" | net.json: $.training: expected an object such as {\"optimizer\": \"adam\", \"learningRate\": 0.001, "
            + "\"schedule\": \"constant\"}, got \"adam\"",
        "{\"optimiser\": \"adam\"} | net.json: $.training.optimiser: unknown field 'optimiser'; known fields: "
            + "learningRate, optimizer, schedule (did you mean 'optimizer'?)",
        "{\"optimizer\": \"rmsprop\"} | net.json: $.training: unknown optimizer 'rmsprop': expected sgd, momentum or adam",
        "{\"learningRate\": \"fast\"} | net.json: $.training.learningRate: expected a number, got \"fast\"",
        "{\"learningRate\": -1} | net.json: $.training: learning rate must be a positive number, got -1.0",
        "{\"schedule\": \"step\"} | net.json: $.training: unknown learning-rate schedule 'step': expected constant "
            + "or cosine",
    })
    void badTrainingRecipeSaysWhatWasExpected(String training, String message) {
        assertEquals(message, error("{\"format\": 1, \"id\": \"n\", \"input\": \"3x8x8\", \"classes\": 2, "
                + "\"training\": " + training + ", \"layers\": [{\"name\": \"a\", \"type\": \"relu\"}]}"));
    }

    @Test
    void formatVersionIsRequiredAndChecked() {
        String rest = "\"id\": \"n\", \"input\": \"3x8x8\", \"classes\": 2, \"layers\": [{\"name\": \"a\", \"type\": \"relu\"}]}";
        assertEquals("net.json: unsupported format 2; this version of CNN Explorer reads format 1",
                error("{\"format\": 2, " + rest));
        assertEquals("net.json: missing field 'format' (write \"format\": 1)", error("{" + rest));
        assertEquals("net.json:1:12: $.format: expected an integer, got \"1\"", error("{\"format\": \"1\", " + rest));
    }

    @Test
    void missingLayersAndWrongTopLevelShapeAreExplained() {
        assertEquals("net.json: missing field 'layers' (a non-empty list of layer objects)",
                error("{\"format\": 1, \"id\": \"n\", \"input\": \"3x8x8\", \"classes\": 2}"));
        assertEquals("net.json:1:1: expected a model object {\"format\": 1, \"id\": ..., \"layers\": [...]}, got an array",
                error("[1, 2]"));
        assertEquals("net.json:1:68: $.layers: expected a list [...], got an object",
                error("{\"format\": 1, \"id\": \"n\", \"input\": \"3x8x8\", \"classes\": 2, \"layers\": {}}"));
    }

    @Test
    void emptyFileIsNamed() {
        assertEquals("net.json: the file is empty; expected a JSON model (see docs/model-format.md)", error(" \n"));
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void readNamesTheFileItRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": 1,\n  \"id\": }");
        String message = assertThrows(ModelFileException.class, () -> ModelFiles.read(file)).getMessage();
        assertTrue(message.startsWith(file + ":2:9: "), message);
    }

    @Test
    void unknownBuiltInIdListsTheBuiltIns() {
        assertEquals("unknown model 'lenet'; built-in models: " + String.join(", ", ModelCatalog.IDS)
                + " (or give the path of a model file: .json, .onnx)",
                assertThrows(ModelFileException.class, () -> ModelCatalog.loadIdOrFile("lenet")).getMessage());
    }
}
