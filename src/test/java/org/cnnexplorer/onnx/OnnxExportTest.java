package org.cnnexplorer.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import onnx.Onnx;
import org.cnnexplorer.core.LayerReport;
import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.core.NetworkSpec;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Export then import gives the same network: every layer's name, kind, settings, output shape,
 * parameters and MACs, and the same weights bit for bit; onnx.checker accepts every export.
 */
class OnnxExportTest {

    static byte[] export(NetworkReport report) throws Exception {
        return OnnxWriter.write(report, WeightSource.random(7));
    }

    /** Constant weights: the big networks' structure without the cost of 138 M random numbers. */
    static byte[] exportCheaply(NetworkReport report) throws Exception {
        return OnnxWriter.write(report, new WeightSource() {
            @Override
            public float[] weights(String layer, int count, long fanIn) {
                return new float[count];
            }

            @Override
            public float[] bias(String layer, int count) {
                return new float[count];
            }

            @Override
            public float[] batchNorm(String layer, String role, int channels) {
                return new float[channels];
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lenet5", "alexnet", "alexnet-paper", "vgg16", "googlenet", "googlenet-paper",
        "resnet50"})
    void exportThenImportKeepsEveryLayer(String id) throws Exception {
        NetworkReport original = NetworkAnalyzer.analyze(ModelCatalog.load(id));
        NetworkSpec back = OnnxModelReader.read(exportCheaply(original), id + ".onnx");
        NetworkReport again = NetworkAnalyzer.analyze(back);
        assertEquals(original.layers().size(), again.layers().size());
        for (int i = 0; i < original.layers().size(); i++) {
            LayerReport a = original.layers().get(i);
            LayerReport b = again.layers().get(i);
            String where = id + " " + a.name();
            assertEquals(a.name(), b.name(), where);
            assertEquals(a.type(), b.type(), where);
            assertEquals(a.output(), b.output(), where);
            assertEquals(a.params(), b.params(), where);
            assertEquals(a.buffers(), b.buffers(), where);
            assertEquals(a.macs(), b.macs(), where);
            assertEquals(a.receptiveField(), b.receptiveField(), where);
        }
        assertEquals(original.totals(), again.totals());
        assertEquals(original.spec().classes(), back.classes());
        assertEquals(original.settings().input(), back.input());
    }

    /**
     * Swish, mish and hard swish become x * f(x) in opset 13 and read back as themselves; a
     * three-input multiply becomes a chain of two-input Mul nodes and reads back as two multiplies.
     */
    @Test
    void theLaterActivationsAndMultiplyComeBackAsWritten() throws Exception {
        NetworkReport original = NetworkAnalyzer.analyze(laterActivations());
        NetworkReport again = NetworkAnalyzer.analyze(OnnxModelReader.read(export(original), "later.onnx"));
        List<String> expected = new java.util.ArrayList<>(original.layers().stream().map(OnnxExportTest::row).toList());
        expected.add(expected.indexOf("se.scale multiply  8x16x16"), "se.scale.product1 multiply  8x16x16");
        assertEquals(expected, again.layers().stream().map(OnnxExportTest::row).toList());
        assertEquals(original.totals().params(), again.totals().params());
        assertEquals(original.totals().macs(), again.totals().macs());
        assertEquals(original.totals().otherOps(), again.totals().otherOps());
    }

    private static String row(LayerReport layer) {
        return layer.name() + " " + layer.type() + " " + layer.settings() + " " + layer.output();
    }

    static NetworkSpec laterActivations() throws Exception {
        return ModelSources.read(Path.of("src/test/resources/models/later-activations.json"));
    }

    @Test
    void weightsSurviveBitForBit() throws Exception {
        byte[] bytes = export(NetworkAnalyzer.analyze(ModelCatalog.load("lenet5")));
        Onnx.ModelProto model = Onnx.ModelProto.parseFrom(bytes);
        Onnx.ModelProto again = Onnx.ModelProto.parseFrom(export(NetworkAnalyzer.analyze(
                OnnxModelReader.read(bytes, "lenet5.onnx"))));
        assertEquals(model.getGraph().getInitializerCount(), again.getGraph().getInitializerCount());
        for (int i = 0; i < model.getGraph().getInitializerCount(); i++) {
            assertArrayEquals(model.getGraph().getInitializer(i).getRawData().toByteArray(),
                    again.getGraph().getInitializer(i).getRawData().toByteArray());
        }
        List<Double> c1 = OnnxTensors.floatValues(model.getGraph().getInitializer(0));
        assertEquals(150, c1.size());
        double variance = c1.stream().mapToDouble(v -> v * v).average().orElse(0);
        assertTrue(variance > 2.0 / 25 / 2 && variance < 2.0 / 25 * 2, "Kaiming normal: variance near 2/fanIn");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lenet5", "googlenet", "resnet50", "later-activations"})
    void onnxCheckerAcceptsTheExport(String id, @TempDir Path dir) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python) && exitCode(python, "import onnx") == 0,
                "skipped: Debian's python3-onnx is not installed (apt-get install python3-onnx)");
        Path file = dir.resolve(id + ".onnx");
        NetworkSpec spec = id.equals("later-activations") ? laterActivations() : ModelCatalog.load(id);
        Files.write(file, export(NetworkAnalyzer.analyze(spec)));
        assertEquals(0, exitCode(python, "import onnx, sys; m = onnx.load(sys.argv[1]);"
                + " onnx.checker.check_model(m, full_check=True)", file.toString()));
    }

    private static int exitCode(Path python, String code, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(python.toString(), "-c", code));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        if (process.exitValue() != 0) {
            System.err.println(output);
        }
        return process.exitValue();
    }
}
