package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader is strict: a value that is not exactly what the field takes (an integer beyond an
 * int, 1.0 for 1, 1e400, null, text after the object, a control character in a name, a byte that
 * is not UTF-8) is refused in one line naming the file, the place and the field; nothing wraps,
 * nothing is rounded, nothing throws.
 */
class StrictModelFileTest {

    private static final String HEAD = "{\"format\": 1, \"id\": \"n\", \"input\": \"3x8x8\", \"classes\": 2, \"layers\": [\n";
    private static final String RELU = "{\"name\": \"a\", \"type\": \"relu\"}";
    private static final String AT = "net.json:2:3: $.layers[0] \"a\": ";

    private static String error(String json) {
        return assertThrows(ModelFileException.class, () -> ModelFiles.parse(json, "net.json")).getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"type\": \"conv2d\", \"filters\": 2, \"kernel\": 4294967299"
            + "| 'kernel' must be an integer of at most 2147483647 or [height, width], got 4294967299",
        "\"type\": \"conv2d\", \"filters\": 2, \"kernel\": 3, \"padding\": 9223372036854775808"
            + "| 'padding' must be an integer of at most 2147483647 or [height, width], got 9223372036854775808",
        "\"type\": \"conv2d\", \"filters\": 2, \"kernel\": 3, \"stride\": 4294967299"
            + "| 'stride' must be an integer of at most 2147483647 or [height, width], got 4294967299",
        "\"type\": \"conv2d\", \"filters\": 2, \"kernel\": [1, 4294967299]"
            + "| 'kernel' must be an integer of at most 2147483647 or [height, width], got [1,4294967299]",
        "\"type\": \"conv2d\", \"filters\": 2, \"kernel\": [3, -1]"
            + "| 'kernel' must be an integer of at least 1 or [height, width], got [3,-1]",
        "\"type\": \"conv2d\", \"filters\": 4294967296, \"kernel\": 3"
            + "| 'filters' must be an integer of at most 2147483647, got 4294967296",
        "\"type\": \"conv2d\", \"filters\": -9223372036854775809, \"kernel\": 3"
            + "| 'filters' must be an integer of at least 1, got -9223372036854775809",
        "\"type\": \"conv2d\", \"filters\": 2, \"kernel\": 3.0"
            + "| 'kernel' must be an integer of at least 1 or [height, width], got 3.0",
        "\"type\": \"conv2d\", \"filters\": 2, \"kernel\": 3, \"groups\": 1.0"
            + "| 'groups' must be an integer of at least 1, got 1.0",
        "\"type\": \"dense\", \"units\": 1e2 | 'units' must be an integer of at least 1, got 1E+2",
        "\"type\": \"residual-stage\", \"blocks\": 1, \"width\": 2147483647"
            + "| 'width' must be at most 536870911 (a bottleneck block outputs 4 x width channels), got 2147483647",
        "\"type\": \"bottleneck\", \"width\": 1073741824"
            + "| 'width' must be at most 536870911 (a bottleneck block outputs 4 x width channels), got 1073741824",
        "\"type\": \"repeat\", \"times\": 4294967297, \"layers\": [{\"name\": \"b\", \"type\": \"relu\"}]"
            + "| 'times' must be an integer of at most 2147483647, got 4294967297",
        "\"type\": \"batchnorm\", \"eps\": 1e400 | 'eps' must be a finite number, got 1E+400",
        "\"type\": \"lrn\", \"alpha\": -1e400 | 'alpha' must be a finite number, got -1E+400",
        "\"type\": \"batchnorm\", \"eps\": 0 | batch-norm epsilon must be positive",
        "\"type\": \"inception\", \"c1\": 1, \"c3reduce\": 1, \"c3\": 1, \"c5reduce\": 1, \"c5\": 1, \"poolProj\": 1, "
            + "\"c5Kernel\": 4 | the 5x5 branch kernel must be odd, got 4",
        "\"type\": \"relu\", \"inputs\": [\"input\\u0007\"] | 'inputs' must be free of control characters, "
            + "got \"input\\u0007\"",
    })
    void badLayerFieldIsRefusedWithItsPathAndName(String fields, String message) {
        assertEquals(AT + message, error(HEAD + "  {\"name\": \"a\", " + fields + "}\n]}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"classes\": 10.5 | net.json:1:55: $.classes: expected an integer, got 10.5",
        "\"classes\": 4294967299 | net.json:1:65: $.classes: expected an integer of at most 2147483647, got 4294967299",
        "\"classes\": -4294967299 | net.json:1:66: $.classes: expected an integer of at least -2147483648, "
            + "got -4294967299",
        "\"classes\": 2, \"training\": {\"learningRate\": 1e400} | net.json: $.training.learningRate: "
            + "expected a finite number, got 1E+400",
        "\"classes\": 2, \"training\": {\"optimiser\": \"sgd\"} | net.json: $.training.optimiser: unknown field "
            + "'optimiser'; known fields: learningRate, optimizer, schedule (did you mean 'optimizer'?)",
    })
    void badTopLevelNumberIsRefusedWithItsPath(String fields, String message) {
        assertEquals(message, error("{\"format\": 1, \"id\": \"n\", \"input\": \"3x8x8\", " + fields
                + ", \"layers\": [" + RELU + "]}"));
    }

    @Test
    void misspeltTopLevelFieldGetsAHint() {
        assertEquals("net.json:1:81: $.clases: unknown field 'clases'; known fields here: classes, family, format, id, "
                + "input, layers, name, overrides, source, training, variant, year (did you mean 'classes'?)",
                error("{\"format\": 1, \"id\": \"n\", \"clases\": 2, \"layers\": [" + RELU + "]}"));
    }

    @Test
    void formatMustBeTheInteger1NotTheNumber1point0() {
        assertEquals("net.json:1:12: $.format: expected an integer, got 1.0", error("{\"format\": 1.0, \"id\": \"n\", "
                + "\"input\": \"3x8x8\", \"classes\": 2, \"layers\": [" + RELU + "]}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{} | net.json:2:35: unexpected content after the end of the model object; a model file holds one JSON object",
        "x | net.json:2:36: unexpected content after the end of the model object; a model file holds one JSON object",
        "] | net.json:2:35: unexpected content after the end of the model object; a model file holds one JSON object",
        "} | net.json:2:35: unexpected content after the end of the model object; a model file holds one JSON object",
        ", | net.json:2:35: unexpected content after the end of the model object; a model file holds one JSON object",
    })
    void textAfterTheModelObjectIsRefused(String trailing, String message) {
        assertEquals(message, error(HEAD + "  " + RELU + "]} " + trailing));
    }

    @Test
    void aTruncatedFileSaysWhereTheUnclosedObjectOpenedWithoutTheParsersInternals() {
        assertEquals("net.json:2:15: $.layers[0]: malformed JSON: Unexpected end-of-input: expected close marker "
                + "for Object (opened at line 2, column 3)", error(HEAD + "  {\"name\": \"a\""));
    }

    @Test
    void nullAsTheDocumentOrAsALayerIsNamed() {
        assertEquals("net.json: expected a model object {\"format\": 1, \"id\": ..., \"layers\": [...]}, got null",
                error("null"));
        assertEquals("net.json:2:3: $.layers[0]: expected a layer object like {\"name\": \"conv1\", \"type\": "
                + "\"conv2d\", ...}, got null", error(HEAD + "  null\n]}"));
        assertEquals("net.json:2:3: $.layers[0] \"r\": layers[1] must be a layer object", error(HEAD + "  {\"name\": "
                + "\"r\", \"type\": \"repeat\", \"times\": 2, \"layers\": [" + RELU + ", null]}\n]}"));
        assertEquals("net.json:3:23: $.overrides.a: expected a layer object like {\"name\": \"conv1\", \"type\": "
                + "\"conv2d\", ...}, got null", error(HEAD + "  " + RELU + "\n], \"overrides\": {\"a\": null}}"));
    }

    @Test
    void controlCharactersInNamesAreRefusedAndShownEscaped() {
        assertEquals("net.json:2:3: $.layers[0] \"a\\u001B[31m\\nb\": 'name' must be free of control characters, "
                + "got \"a\\u001B[31m\\nb\"", error(HEAD + "  {\"name\": \"a\\u001b[31m\\nb\", \"type\": \"relu\"}\n]}"));
        assertEquals("net.json: $.id: must not contain control characters, got \"n\\r\"", error("{\"format\": 1, "
                + "\"id\": \"n\\r\", \"input\": \"3x8x8\", \"classes\": 2, \"layers\": [" + RELU + "]}"));
    }

    @Test
    void aByteThatIsNotUtf8IsNamedWithItsOffsetAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.json");
        byte[] head = HEAD.getBytes(StandardCharsets.UTF_8);
        byte[] layer = "  {\"name\": \"caf\u00e9\", \"type\": \"relu\"}]}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[head.length + layer.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(layer, 0, bytes, head.length, layer.length);
        Files.write(file, bytes);
        int offset = head.length + "  {\"name\": \"caf".length();
        assertEquals(file + ":2: the byte 0xe9 at offset " + offset + " is not UTF-8; model files are UTF-8 text",
                assertThrows(ModelFileException.class, () -> ModelFiles.read(file)).getMessage());
    }

    @Test
    void aFileLargerThanTheCapIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.json");
        Files.write(file, new byte[ModelFileText.MAX_BYTES + 1]);
        assertEquals(file + ": larger than 16 MiB, the most a model file may have; is it a model file?",
                assertThrows(ModelFileException.class, () -> ModelFiles.read(file)).getMessage());
    }

    @Test
    void anEndlessDeviceIsCutAtTheCap() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertEquals("/dev/zero: larger than 16 MiB, the most a model file may have; is it a model file?",
                assertThrows(ModelFileException.class, () -> ModelFiles.read(zero)).getMessage());
    }

    @Test
    void aDirectoryOrAnEmptyArgumentIsNotAModelFile(@TempDir Path dir) {
        assertEquals(dir + ": is a directory, not a model file",
                assertThrows(ModelFileException.class, () -> ModelFiles.read(dir)).getMessage());
        assertEquals("the model argument is empty; give a built-in id (" + String.join(", ", ModelCatalog.IDS)
                + ") or the path of a model file (.json, .onnx or a Keras .json)",
                assertThrows(ModelFileException.class, () -> ModelCatalog.loadIdOrFile("")).getMessage());
    }

    @Test
    void aNameThatCannotBeAPathIsRefused() {
        assertEquals("'net\\u0000.json' is not a file name: Nul character not allowed",
                assertThrows(ModelFileException.class, () -> ModelCatalog.loadIdOrFile("net\u0000.json")).getMessage());
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        byte[] bytes = ("\uFEFF" + HEAD + RELU + "]}").getBytes(StandardCharsets.UTF_8);
        assertEquals("n", ModelFiles.parse(ModelFileText.decode(bytes, "bom.json"), "bom.json").id());
    }
}
