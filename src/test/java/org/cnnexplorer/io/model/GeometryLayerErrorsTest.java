package org.cnnexplorer.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad settings of the transposed convolution, upsampling, slice, channel shuffle and crop name the
 * file, the layer and what was expected; settings that only fail on the input's shape are
 * problems of the analysis naming the layer.
 */
class GeometryLayerErrorsTest {

    private static final String HEAD = "{\"format\": 1, \"id\": \"n\", \"input\": \"8x10x10\", \"classes\": 2, \"layers\": [\n";

    private static String file(String layer) {
        return HEAD + "  " + layer + "\n]}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"name\": \"up\", \"type\": \"conv-transpose2d\", \"filters\": 4, \"kernel\": 3, \"stride\": 2, "
            + "\"outputPadding\": 2}"
            + "| net.json:2:3: $.layers[0] \"up\": outputPadding 2 must be smaller than the stride (2) or the "
            + "dilation (1) on each axis, as PyTorch requires",
        "{\"name\": \"up\", \"type\": \"conv-transpose2d\", \"filters\": 4, \"kernel\": 3, \"padding\": \"same\"}"
            + "| net.json:2:3: $.layers[0] \"up\": 'padding' must be an integer of at least 0 or [height, width], "
            + "got \"same\"",
        "{\"name\": \"z\", \"type\": \"upsample\", \"scale\": 2, \"size\": 20}"
            + "| net.json:2:3: $.layers[0] \"z\": give either 'scale' or 'size', not both or neither",
        "{\"name\": \"z\", \"type\": \"upsample\"}"
            + "| net.json:2:3: $.layers[0] \"z\": give either 'scale' or 'size', not both or neither",
        "{\"name\": \"z\", \"type\": \"upsample\", \"scale\": 2, \"mode\": \"bicubic\"}"
            + "| net.json:2:3: $.layers[0] \"z\": 'mode' must be \"nearest\" or \"bilinear\", got \"bicubic\"",
        "{\"name\": \"z\", \"type\": \"upsample\", \"scale\": 2, \"alignCorners\": true}"
            + "| net.json:2:3: $.layers[0] \"z\": alignCorners applies to bilinear upsampling only",
        "{\"name\": \"s\", \"type\": \"slice\", \"from\": 4, \"to\": 2}"
            + "| net.json:2:3: $.layers[0] \"s\": a slice needs 0 <= from < to, got from 4, to 2",
        "{\"name\": \"s\", \"type\": \"slice\", \"from\": 4}"
            + "| net.json:2:3: $.layers[0] \"s\": missing field 'to' (a positive integer)",
        "{\"name\": \"g\", \"type\": \"channel-shuffle\"}"
            + "| net.json:2:3: $.layers[0] \"g\": missing field 'groups' (a positive integer)",
        "{\"name\": \"c\", \"type\": \"crop\", \"size\": 0}"
            + "| net.json:2:3: $.layers[0] \"c\": 'size' must be an integer of at least 1 or [height, width], got 0",
    })
    void badSettingsNameTheLayerAndWhatWasExpected(String layer, String message) {
        assertEquals(message, assertThrows(ModelFileException.class,
                () -> ModelFiles.parse(file(layer), "net.json")).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"name\": \"s\", \"type\": \"slice\", \"from\": 4, \"to\": 12}"
            + "| s: slice of channels [4, 12) reaches past the 8 channels of input 8x10x10",
        "{\"name\": \"g\", \"type\": \"channel-shuffle\", \"groups\": 3}"
            + "| g: groups 3 must divide the 8 channels of input 8x10x10",
        "{\"name\": \"c\", \"type\": \"crop\", \"size\": [12, 4]}"
            + "| c: cannot crop input 8x10x10 to 12x4 (size 12x4): the crop is larger than the input",
        "{\"name\": \"c\", \"type\": \"crop\"}"
            + "| c: crop takes 2 inputs but has 1",
    })
    void settingsThatDoNotFitTheInputAreProblemsNamingTheLayer(String layer, String problem) throws Exception {
        NetworkReport report = NetworkAnalyzer.analyze(ModelFiles.parse(file(layer), "net.json"));
        assertEquals(problem, report.problems().get(0).toString());
    }
}
