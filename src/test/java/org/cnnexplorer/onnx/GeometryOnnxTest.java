package org.cnnexplorer.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cnnexplorer.core.LayerKind;
import org.cnnexplorer.core.LayerKindSamples;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.core.NodeSpec;
import org.cnnexplorer.core.Shape;
import org.cnnexplorer.core.Size2d;
import org.cnnexplorer.core.UpsampleSpec;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.io.model.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The transposed convolution, upsampling, slice, channel shuffle and crop written as ONNX
 * (ConvTranspose, Resize, Slice, Reshape-Transpose-Reshape) read back as the same layers, and
 * onnx.checker accepts the files.
 */
class GeometryOnnxTest {

    /** docs/model-format.md's encoder-decoder: a crop to a second input and a bilinear upsampling. */
    static NetworkSpec tinyUnet() throws Exception {
        String doc = Files.readString(Path.of("docs", "model-format.md"));
        int start = doc.indexOf("{\n  \"format\": 1,\n  \"id\": \"tiny-unet\"");
        return ModelFiles.parse(doc.substring(start, doc.indexOf("```", start)), "docs/model-format.md");
    }

    static void assertSameLayers(NetworkReport original, NetworkReport again) {
        assertEquals(original.layers().size(), again.layers().size());
        for (int i = 0; i < original.layers().size(); i++) {
            LayerReport a = original.layers().get(i);
            LayerReport b = again.layers().get(i);
            assertEquals(a.name(), b.name());
            assertEquals(a.type(), b.type(), a.name());
            assertEquals(a.spec().settings(), b.spec().settings(), a.name());
            assertEquals(a.output(), b.output(), a.name());
            assertEquals(a.params(), b.params(), a.name());
            assertEquals(a.macs(), b.macs(), a.name());
            assertEquals(a.receptiveField(), b.receptiveField(), a.name());
        }
        assertEquals(original.totals(), again.totals());
    }

    private static NetworkReport roundTrip(NetworkReport original) throws Exception {
        return NetworkAnalyzer.analyze(OnnxModelReader.read(OnnxExportTest.export(original), "net.onnx"));
    }

    @ParameterizedTest
    @EnumSource(value = LayerKind.class, names = {"CONV_TRANSPOSE2D", "UPSAMPLE", "SLICE", "CHANNEL_SHUFFLE", "CROP"})
    void exportThenImportKeepsTheExample(LayerKind kind) throws Exception {
        NetworkReport original = NetworkAnalyzer.analyze(LayerKindSamples.network(kind));
        assertSameLayers(original, roundTrip(original));
    }

    @Test
    void aCropToASecondInputComesBackAsACropToItsSize() throws Exception {
        NetworkReport original = NetworkAnalyzer.analyze(tinyUnet());
        NetworkReport again = roundTrip(original);
        assertTrue(again.isValid(), again.problems().toString());
        assertEquals(original.totals(), again.totals());
        assertEquals(original.layer("crop").orElseThrow().output(), again.layer("crop").orElseThrow().output());
        assertEquals(List.of("enc1"), again.layer("crop").orElseThrow().inputs());
    }

    @Test
    void aFixedSizeUpsamplingThatIsNoWholeFactorIsNotWritten() {
        NetworkReport report = NetworkAnalyzer.analyze(new NetworkSpec("n", "n", "", "", Shape.of(1, 4, 4), 2,
                List.of(NodeSpec.of("zoom", new UpsampleSpec(null, new Size2d(6, 6), UpsampleSpec.Mode.NEAREST,
                        false)))));
        ModelFileException e = assertThrows(ModelFileException.class, () -> OnnxExportTest.export(report));
        assertEquals("layer zoom: upsampling from 4x4 to 6x6 is written only for whole factors (Resize with scales)",
                e.getMessage());
    }

    @Test
    void onnxCheckerAcceptsTheNewOperators(@TempDir Path dir) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "skipped: no /usr/bin/python3 with python3-onnx");
        Path file = dir.resolve("tiny-unet.onnx");
        Files.write(file, OnnxExportTest.export(NetworkAnalyzer.analyze(tinyUnet())));
        Path shuffle = dir.resolve("shuffle.onnx");
        Files.write(shuffle, OnnxExportTest.export(NetworkAnalyzer.analyze(
                LayerKindSamples.network(LayerKind.CHANNEL_SHUFFLE))));
        Process process = new ProcessBuilder(python.toString(), "-c", "import onnx, sys\n"
                + "for f in sys.argv[1:]: onnx.checker.check_model(onnx.load(f), full_check=True)",
                file.toString(), shuffle.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assumeTrue(!output.contains("No module named 'onnx'"), "skipped: python3-onnx is not installed");
        assertEquals(0, process.exitValue(), output);
    }
}
